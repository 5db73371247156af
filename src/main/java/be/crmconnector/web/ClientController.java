package be.crmconnector.web;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.store.ClientQueries;
import be.crmconnector.workspace.ClientTags;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Clients in the store: list and search (national numbers masked), filterable by only-in-store mark; detail with
 * contacts, provenance and marks.
 */
@RestController
@RequestMapping("/api/clients")
public class ClientController {
    private final ClientQueries queries;
    private final ConnectorRegistry connectors;

    public ClientController(ClientQueries queries, ConnectorRegistry connectors) {
        this.queries = queries;
        this.connectors = connectors;
    }

    /**
     * @param onlyInStore {@code true}: only clients a connector's source no longer has (marked by {@code onlyInStore:
     *                    flag}); a connector id: only those that connector marked; {@code false}: only unmarked ones
     * @param tag         only clients with this free tag (case does not matter)
     */
    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(required = false) String q,
                                          @RequestParam(required = false) String onlyInStore,
                                          @RequestParam(required = false) String tag,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size) {
        int limit = Math.max(1, Math.min(500, size));
        String tagged = tag == null || tag.isBlank() ? null : ClientTags.normalise(tag);
        return queries.search(q, markFilter(onlyInStore), null, null, tagged, Math.max(0, page) * limit, limit);
    }

    private ClientQueries.MarkFilter markFilter(String onlyInStore) {
        if (onlyInStore == null || onlyInStore.isBlank()) {
            return ClientQueries.MarkFilter.ALL;
        }
        String value = onlyInStore.trim();
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return new ClientQueries.MarkFilter(Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)), null);
        }
        if (connectors.find(value).isEmpty()) {
            throw new IllegalArgumentException("onlyInStore is true, false or a connector id; there is no connector '"
                    + value + "'");
        }
        return new ClientQueries.MarkFilter(true, value);
    }

    /**
     * VIEWERs see national numbers masked; ADMIN and OPERATOR see them in full on the detail. (A VIEWER's answers are
     * also masked as a whole by {@link ViewerMasking}: a number typed into another field.)
     */
    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable long id, Authentication user) {
        return queries.detail(id, Roles.seesClearValues(user))
                .orElseThrow(() -> new NoSuchElementException("No client " + id));
    }
}
