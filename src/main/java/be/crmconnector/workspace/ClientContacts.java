package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.apply.ContactImages;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.ContactKeys;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.store.ContactWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A person's changes to a client's contacts (seed 002): add, edit, delete a contact, add and remove its e-mails. Values
 * go through the import validators; one contact is primary and making another primary clears it in the same
 * transaction; each change is journaled on a MANUAL run of its own with its before-image, so that rolling that run
 * back undoes it. New e-mails have every toggle off unless the person says otherwise: LOGIN on means PENDING. The
 * e-mail of a person erased at their request (GDPR) is refused while their suppression holds.
 */
@Service
public class ClientContacts {
    /** The e-mail is not edited in place: a person adds the new one and removes the old (seed 002). */
    private static final List<ContactField> NOT_EDITABLE = List.of(ContactField.CONTACT_EMAIL);

    private final ManualValidation validation;
    private final ContactRows rows;
    private final ContactWriter writer;
    private final ClientWriter clients;
    private final ChangeJournal journal;
    private final ManualRuns runs;
    private final SuppressionList suppressions;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ClientContacts(ManualValidation validation, ContactRows rows, ContactWriter writer, ClientWriter clients,
                          ChangeJournal journal, ManualRuns runs, SuppressionList suppressions,
                          NamedParameterJdbcTemplate jdbc,
                          TransactionTemplate transactions, Clock clock) {
        this.validation = validation;
        this.rows = rows;
        this.writer = writer;
        this.clients = clients;
        this.journal = journal;
        this.runs = runs;
        this.suppressions = suppressions;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A contact after a change, as the workspace shows it, and the run that undoes the change. */
    public record Changed(Map<String, Object> contact, long runId) {
    }

    /** Toggles of an e-mail being added; null ones are off. */
    public record NewEmail(String address, Boolean login,
                           @com.fasterxml.jackson.annotation.JsonProperty("notify") Boolean notifications,
                           Boolean emailSync) {
    }

    public Changed add(long clientId, Map<String, String> byKey, Editor editor) {
        return transactions.execute(status -> {
            lockClient(clientId);
            List<RecordIssue> issues = new ArrayList<>();
            Map<ContactField, String> clean = validation.validateContact(
                    validation.contactFields(byKey, List.of(), issues), issues);
            ManualValidation.refuseIfErrors(issues);
            suppressions.refuseIfErased(null, clean.get(ContactField.CONTACT_EMAIL));
            String key = ContactKeys.of(clean);
            if (contactId(clientId, key) != null) {
                throw new IllegalStateException("Client " + clientId + " already has this contact (same e-mail or"
                        + " name): edit that one instead.");
            }
            String primaryBefore = rows.primaryKey(clientId);
            Instant now = clock.instant();
            long runId = runs.open(editor, "contact added to client " + clientId + " by hand", now);
            ContactWriter.ContactWrite written = writer.upsert(clientId, clean,
                    new ContactWriter.EmailToggles(false, false, false), now);
            record(runId, clientId, key, null,
                    new ContactImages.After(true, written.emailsAdded(), primaryBefore), editor, now);
            runs.completed(runId, "Contact added to client " + clientId + " by " + editor.name() + ".", 1, now);
            return new Changed(rows.show(clientId, contactId(clientId, key)), runId);
        });
    }

    public Changed edit(long clientId, long contactId, Map<String, String> byKey, Editor editor) {
        return transactions.execute(status -> {
            lockClient(clientId);
            ContactRows.Stored stored = rows.find(clientId, contactId);
            List<RecordIssue> issues = new ArrayList<>();
            Map<ContactField, String> changes = validation.contactFields(byKey, NOT_EDITABLE, issues);
            Map<ContactField, String> merged = new EnumMap<>(stored.values());
            merged.putAll(changes);
            firstEmail(contactId).ifPresent(email -> merged.put(ContactField.CONTACT_EMAIL, email));
            List<RecordIssue> found = new ArrayList<>();
            Map<ContactField, String> clean = validation.validateContact(merged, found);
            // Only findings about what the person changed: a stored value may predate a rule.
            found.stream().filter(i -> changes.keySet().stream().anyMatch(f -> f.key().equals(i.field())))
                    .forEach(issues::add);
            ManualValidation.refuseIfErrors(issues);
            if (clean == null) {
                clean = merged;
            }
            String primaryBefore = rows.primaryKey(clientId);
            boolean primary = changes.containsKey(ContactField.CONTACT_PRIMARY)
                    ? "true".equals(clean.get(ContactField.CONTACT_PRIMARY)) : stored.primary();
            Instant now = clock.instant();
            long runId = runs.open(editor, "contact " + contactId + " of client " + clientId + " edited by hand", now);
            update(clientId, contactId, clean, primary);
            record(runId, clientId, stored.key(), stored.byKey(),
                    new ContactImages.After(false, List.of(), primaryBefore), editor, now);
            runs.completed(runId, "Contact " + contactId + " edited by " + editor.name() + ".", 1, now);
            return new Changed(rows.show(clientId, contactId), runId);
        });
    }

    /** Deletes the contact and its e-mails; the journal keeps them all, so that a rollback puts them back. */
    public long delete(long clientId, long contactId, Editor editor) {
        return transactions.execute(status -> {
            lockClient(clientId);
            ContactRows.Stored stored = rows.find(clientId, contactId);
            String primaryBefore = rows.primaryKey(clientId);
            List<ContactImages.EmailImage> emails = rows.emailImages(contactId);
            Instant now = clock.instant();
            long runId = runs.open(editor, "contact " + contactId + " of client " + clientId + " deleted by hand", now);
            var params = new MapSqlParameterSource("id", contactId);
            jdbc.update("DELETE FROM contact_email WHERE contact_id = :id", params);
            jdbc.update("DELETE FROM contact WHERE id = :id", params);
            clients.touch(List.of(clientId));
            record(runId, clientId, stored.key(), stored.byKey(),
                    new ContactImages.After(false, List.of(), primaryBefore, true, emails, false), editor, now);
            runs.completed(runId, "Contact " + contactId + " deleted by " + editor.name() + ".", 1, now);
            return runId;
        });
    }

    public Changed addEmail(long clientId, long contactId, NewEmail email, Editor editor) {
        return transactions.execute(status -> {
            lockClient(clientId);
            ContactRows.Stored stored = rows.find(clientId, contactId);
            List<RecordIssue> issues = new ArrayList<>();
            Map<ContactField, String> clean = validation.validateContact(Map.of(ContactField.CONTACT_EMAIL,
                    email.address() == null ? "" : email.address()), issues);
            ManualValidation.refuseIfErrors(issues);
            String address = clean.get(ContactField.CONTACT_EMAIL);
            suppressions.refuseIfErased(null, address);
            if (rows.emailImages(contactId).stream().anyMatch(e -> e.address().equalsIgnoreCase(address))) {
                throw new IllegalStateException("Contact " + contactId + " already has this e-mail address.");
            }
            boolean login = Boolean.TRUE.equals(email.login());
            Instant now = clock.instant();
            long runId = runs.open(editor, "e-mail added to contact " + contactId + " by hand", now);
            jdbc.update("INSERT INTO contact_email (contact_id, address, login, notify, email_sync, activation) "
                    + "VALUES (:id, :a, :login, :notify, :sync, :activation)", new MapSqlParameterSource("id", contactId)
                    .addValue("a", address).addValue("login", login).addValue("notify", Boolean.TRUE.equals(email.notifications()))
                    .addValue("sync", Boolean.TRUE.equals(email.emailSync()))
                    .addValue("activation", login ? "PENDING" : "NONE"));
            clients.touch(List.of(clientId));
            record(runId, clientId, stored.key(), stored.byKey(),
                    new ContactImages.After(false, List.of(address), null, false, List.of(), true), editor, now);
            runs.completed(runId, "E-mail added to contact " + contactId + " by " + editor.name() + ".", 1, now);
            return new Changed(rows.show(clientId, contactId), runId);
        });
    }

    public Changed removeEmail(long clientId, long contactId, long emailId, Editor editor) {
        return transactions.execute(status -> {
            lockClient(clientId);
            ContactRows.Stored stored = rows.find(clientId, contactId);
            List<Map<String, Object>> found = jdbc.queryForList("SELECT address FROM contact_email "
                    + "WHERE id = :e AND contact_id = :c", new MapSqlParameterSource("e", emailId).addValue("c", contactId));
            if (found.isEmpty()) {
                throw new NoSuchElementException("Contact " + contactId + " has no e-mail " + emailId);
            }
            String address = (String) found.get(0).values().iterator().next();
            List<ContactImages.EmailImage> before = rows.emailImages(contactId).stream()
                    .filter(e -> e.address().equals(address)).toList();
            Instant now = clock.instant();
            long runId = runs.open(editor, "e-mail removed from contact " + contactId + " by hand", now);
            jdbc.update("DELETE FROM contact_email WHERE id = :e", new MapSqlParameterSource("e", emailId));
            clients.touch(List.of(clientId));
            record(runId, clientId, stored.key(), stored.byKey(),
                    new ContactImages.After(false, List.of(), null, false, before, true), editor, now);
            runs.completed(runId, "E-mail removed from contact " + contactId + " by " + editor.name() + ".", 1, now);
            return new Changed(rows.show(clientId, contactId), runId);
        });
    }

    private void update(long clientId, long contactId, Map<ContactField, String> values, boolean primary) {
        if (primary) {
            // One primary per client: making this one primary clears the others, in this same transaction.
            jdbc.update("UPDATE contact SET is_primary = FALSE WHERE client_id = :c AND id <> :id",
                    new MapSqlParameterSource("c", clientId).addValue("id", contactId));
        }
        jdbc.update("UPDATE contact SET first_name = :first, last_name = :last, phone = :phone, position = :position, "
                + "reference = :reference, is_primary = :primary WHERE id = :id", new MapSqlParameterSource("id", contactId)
                .addValue("first", blankToNull(values.get(ContactField.CONTACT_FIRST_NAME)))
                .addValue("last", blankToNull(values.get(ContactField.CONTACT_LAST_NAME)))
                .addValue("phone", blankToNull(values.get(ContactField.CONTACT_PHONE)))
                .addValue("position", blankToNull(values.get(ContactField.CONTACT_POSITION)))
                .addValue("reference", blankToNull(values.get(ContactField.CONTACT_REFERENCE)))
                .addValue("primary", primary));
        clients.touch(List.of(clientId));
    }

    private void record(long runId, long clientId, String key, Map<String, String> before, ContactImages.After after,
                        Editor editor, Instant now) {
        journal.record(List.of(new ChangeJournal.Entry(runId, null, clientId, ChangeJournal.Action.CONTACT,
                FieldPath.contact(key).text(), ContactImages.before(before), ContactImages.after(after),
                editor.actor(), now)));
    }

    /** Locks the client for the change, so that two people moving the primary flag do not both win. */
    private void lockClient(long clientId) {
        if (jdbc.queryForList("SELECT id FROM client WHERE id = :c FOR UPDATE", new MapSqlParameterSource("c", clientId),
                Long.class).isEmpty()) {
            throw new NoSuchElementException("No client " + clientId);
        }
    }

    private Long contactId(long clientId, String key) {
        return jdbc.queryForList("SELECT id FROM contact WHERE client_id = :c AND contact_key = :k",
                new MapSqlParameterSource("c", clientId).addValue("k", key), Long.class).stream().findFirst()
                .orElse(null);
    }

    private java.util.Optional<String> firstEmail(long contactId) {
        return rows.emailImages(contactId).stream().map(ContactImages.EmailImage::address).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
