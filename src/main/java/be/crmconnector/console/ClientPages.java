package be.crmconnector.console;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.Masking;
import be.crmconnector.store.ClientQueries;
import be.crmconnector.workspace.Editor;
import be.crmconnector.workspace.EmailToggles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * The clients pages: a search with filters (flagged only-in-store, archived, connector) and a client's detail with
 * each field's provenance (who wrote it, when, under which ownership rule), contacts and e-mails with their toggles
 * (OPERATOR and ADMIN switch them), and the journal. Read through the same queries as {@code GET /api/clients}.
 */
@Controller
@RequestMapping("/console/clients")
public class ClientPages {
    static final int PAGE = 50;
    static final int JOURNAL = 100;

    private final ClientQueries queries;
    private final ConnectorRegistry connectors;
    private final EmailToggles toggles;

    public ClientPages(ClientQueries queries, ConnectorRegistry connectors, EmailToggles toggles) {
        this.queries = queries;
        this.connectors = connectors;
        this.toggles = toggles;
    }

    /** A field of the detail: its value, and who wrote it when under which rule (blank when never written). */
    public record FieldLine(String field, String value, String writer, Long runId, Instant writtenAt, String rule) {
    }

    @GetMapping
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Boolean flagged,
                       @RequestParam(required = false) Boolean archived,
                       @RequestParam(required = false) String connector,
                       @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        String only = connector == null || connector.isBlank() ? null : connector;
        ClientQueries.MarkFilter marks = flagged == null ? ClientQueries.MarkFilter.ALL
                : new ClientQueries.MarkFilter(flagged, null);
        UnaryOperator<String> reveal = reveal(user);
        List<Map<String, Object>> clients = queries.search(q, marks, archived, only, Math.max(0, page) * PAGE, PAGE)
                .stream().map(c -> shown(c, reveal)).toList();
        model.addAttribute("clients", clients);
        model.addAttribute("q", q);
        model.addAttribute("flagged", flagged);
        model.addAttribute("archived", archived);
        model.addAttribute("connector", only);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("more", clients.size() == PAGE);
        model.addAttribute("connectorIds", connectors.all().stream().map(ConnectorDefinition::id).toList());
        return "console/clients";
    }

    @GetMapping("/{id}")
    public String detail(@PathVariable long id, Authentication user, Model model) {
        boolean clear = ConsoleRoles.seesClearValues(user);
        Map<String, Object> client = queries.detail(id, clear)
                .orElseThrow(() -> new NoSuchElementException("No client " + id));
        UnaryOperator<String> reveal = reveal(user);
        model.addAttribute("client", shown(client, reveal));
        model.addAttribute("fields", fields(client, reveal));
        model.addAttribute("contacts", contacts(client, reveal));
        model.addAttribute("journal", queries.journal(id, JOURNAL).stream().map(e -> journalLine(e, clear, reveal))
                .toList());
        model.addAttribute("canEdit", ConsoleRoles.acts(user));
        return "console/client";
    }

    /** One toggle of one e-mail, on or off: a form per button, so an unticked box is never read as "off". */
    @PostMapping("/{id}/emails/{emailId}")
    public String toggle(@PathVariable long id, @PathVariable long emailId, @RequestParam String toggle,
                         @RequestParam boolean on, Authentication user, RedirectAttributes flash) {
        EmailToggles.Change change = switch (toggle) {
            case "login" -> new EmailToggles.Change(on, null, null);
            case "notify" -> new EmailToggles.Change(null, on, null);
            case "emailSync" -> new EmailToggles.Change(null, null, on);
            default -> throw new IllegalArgumentException("No e-mail toggle '" + toggle + "'");
        };
        boolean admin = user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        toggles.set(id, emailId, change, new Editor(user.getName(), admin));
        return "redirect:/console/clients/" + id;
    }

    private List<FieldLine> fields(Map<String, Object> client, UnaryOperator<String> reveal) {
        Map<String, Map<String, Object>> provenance = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> written = (List<Map<String, Object>>) client.get("provenance");
        written.forEach(p -> provenance.put((String) p.get("field"), p));
        List<FieldLine> lines = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            Object value = client.get(field.key());
            Map<String, Object> p = provenance.get(field.key());
            if (value == null && p == null) {
                continue;
            }
            String writer = p == null ? null : (String) p.get("connector");
            lines.add(new FieldLine(field.key(), reveal.apply(value == null ? null : value.toString()), writer,
                    p == null ? null : (Long) p.get("runId"), p == null ? null : instant(p.get("writtenAt")),
                    rule(writer, field)));
        }
        return lines;
    }

    /** The writer's ownership rule for the field today; a person's or an unknown writer's has none. */
    private String rule(String writer, ClientField field) {
        return writer == null ? null : connectors.find(writer).map(c -> c.ownership().ruleFor(field).name())
                .orElse(null);
    }

    private static Map<String, Object> journalLine(Map<String, Object> entry, boolean clear,
                                                   UnaryOperator<String> reveal) {
        Map<String, Object> line = new LinkedHashMap<>(entry);
        line.put("createdAt", instant(entry.get("createdAt")));
        ClientField field = entry.get("field") == null ? null
                : ClientField.byKey((String) entry.get("field")).orElse(null);
        for (String key : List.of("oldValue", "newValue")) {
            String value = (String) entry.get(key);
            line.put(key, reveal.apply(clear ? value : Masking.forField(field, value)));
        }
        return line;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contacts(Map<String, Object> client, UnaryOperator<String> reveal) {
        return ((List<Map<String, Object>>) client.get("contacts")).stream().map(contact -> {
            Map<String, Object> shown = shown(contact, reveal);
            shown.put("emails", ((List<Map<String, Object>>) contact.get("emails")).stream()
                    .map(e -> shown(e, reveal)).toList());
            return shown;
        }).toList();
    }

    /** Every text of the client masked for a VIEWER (a national number typed anywhere); as it is for others. */
    private static Map<String, Object> shown(Map<String, Object> client, UnaryOperator<String> reveal) {
        Map<String, Object> shown = new LinkedHashMap<>(client);
        shown.replaceAll((key, value) -> value instanceof String text ? reveal.apply(text) : value);
        return shown;
    }

    /** A time as the driver gives it (H2 and PostgreSQL differ) as an instant, for the page's formatter. */
    private static Instant instant(Object time) {
        if (time instanceof Instant instant) {
            return instant;
        }
        if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (time instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }

    private static UnaryOperator<String> reveal(Authentication user) {
        return ConsoleRoles.seesClearValues(user) ? UnaryOperator.identity() : Masking::nationalNumbersIn;
    }
}
