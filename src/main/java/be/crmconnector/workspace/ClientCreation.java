package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ContactWriter;
import be.crmconnector.validation.ValidatedRecord;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a client by hand (seed 003): first name, last name, e-mail and language required; the account name made
 * from the company or the person when blank; every value checked by the import validators; a possible double (same
 * national number, VAT or e-mail) refused with the existing client's id unless confirmed. The client's e-mail becomes
 * its primary contact's, with every toggle off, so that LOGIN is switched on by a person, never by default. A person
 * erased at their request (GDPR) is refused while their suppression holds, even when a duplicate is confirmed.
 */
@Service
public class ClientCreation {
    static final List<ClientField> REQUIRED = List.of(ClientField.FIRST_NAME, ClientField.LAST_NAME, ClientField.EMAIL,
            ClientField.LANGUAGE);

    private final ManualValidation validation;
    private final ClientWriter writer;
    private final ContactWriter contacts;
    private final ChangeJournal journal;
    private final ManualRuns runs;
    private final SuppressionList suppressions;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ClientCreation(ManualValidation validation, ClientWriter writer, ContactWriter contacts,
                          ChangeJournal journal, ManualRuns runs, SuppressionList suppressions,
                          NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.suppressions = suppressions;
        this.validation = validation;
        this.writer = writer;
        this.contacts = contacts;
        this.journal = journal;
        this.runs = runs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a creation did: the new client, its version, the run that undoes it, and warnings worth a look. */
    public record Created(long clientId, long version, long runId, String displayName, List<RecordIssue> warnings) {
    }

    public Created create(Map<String, String> byKey, boolean confirmDuplicate, Editor editor) {
        List<RecordIssue> issues = new ArrayList<>();
        Map<ClientField, String> values = validation.fields(byKey, issues);
        ValidatedRecord validated = validation.validate(REQUIRED, values);
        issues.addAll(validated.issues());
        ManualValidation.refuseIfErrors(issues);
        Map<ClientField, String> clean = new EnumMap<>(validated.staged().values());
        // Before the duplicates: confirming a duplicate never overrides an erasure.
        suppressions.refuseIfErased(clean.get(ClientField.NATIONAL_NUMBER), clean.get(ClientField.EMAIL));
        if (!confirmDuplicate) {
            possibleDuplicate(clean).ifPresent(found -> {
                throw found;
            });
        }
        return transactions.execute(status -> insert(clean, editor, issues));
    }

    private Created insert(Map<ClientField, String> values, Editor editor, List<RecordIssue> warnings) {
        Instant now = clock.instant();
        long runId = runs.open(editor, "client created by hand", now);
        long clientId = writer.insertClients(List.of(values), editor.source(), runId, now).get(0);
        journal.record(List.of(new ChangeJournal.Entry(runId, null, clientId, ChangeJournal.Action.CREATE, null, null,
                null, editor.actor(), now)));
        Map<ContactField, String> contact = new EnumMap<>(ContactField.class);
        contact.put(ContactField.CONTACT_FIRST_NAME, values.getOrDefault(ClientField.FIRST_NAME, ""));
        contact.put(ContactField.CONTACT_LAST_NAME, values.getOrDefault(ClientField.LAST_NAME, ""));
        contact.put(ContactField.CONTACT_EMAIL, values.getOrDefault(ClientField.EMAIL, ""));
        contact.put(ContactField.CONTACT_PRIMARY, "true");
        contacts.upsert(clientId, contact, new ContactWriter.EmailToggles(false, false, false), now);
        runs.completed(runId, "Client " + clientId + " created by " + editor.name() + ".", 1, now);
        long version = jdbc.queryForObject("SELECT row_version FROM client WHERE id = :id",
                new MapSqlParameterSource("id", clientId), Long.class);
        return new Created(clientId, version, runId, values.get(ClientField.DISPLAY_NAME), warnings);
    }

    /** The first client that has the same national number, VAT number or e-mail (an archived one does not count). */
    Optional<WorkspaceException.PossibleDuplicate> possibleDuplicate(Map<ClientField, String> values) {
        for (ClientField key : List.of(ClientField.NATIONAL_NUMBER, ClientField.VAT_NUMBER, ClientField.EMAIL)) {
            String value = values.getOrDefault(key, "");
            if (value.isEmpty()) {
                continue;
            }
            String column = key == ClientField.EMAIL ? "email_key" : key.column();
            String compared = key == ClientField.EMAIL ? value.toLowerCase(Locale.ROOT) : value;
            List<Long> found = jdbc.queryForList("SELECT id FROM client WHERE " + column + " = :v AND archived = FALSE"
                    + " ORDER BY id", new MapSqlParameterSource("v", compared), Long.class);
            if (!found.isEmpty()) {
                return Optional.of(new WorkspaceException.PossibleDuplicate(found.get(0), words(key)));
            }
        }
        return Optional.empty();
    }

    private static String words(ClientField key) {
        return switch (key) {
            case NATIONAL_NUMBER -> "national register number";
            case VAT_NUMBER -> "VAT number";
            default -> "e-mail address";
        };
    }
}
