package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.apply.ContactImages;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.store.ClientWriter;
import be.crmconnector.workspace.ToggleTargets.Email;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bulk toggle update (seed 002): a file of (client or e-mail, toggle, on/off) rows. Each row is applied whole or
 * not at all: a row naming an unknown e-mail, an ambiguous one, or a toggle that e-mail may not have is refused with
 * its line, column, field and rule, and the others are applied. Everything applied is journaled on one MANUAL run, one
 * entry per contact with its e-mails' toggles before, so that rolling the run back undoes the file; the refused rows
 * are the run's INVALID rows, which the run's error report lists.
 */
@Service
public class BulkToggles {
    private final ToggleTargets targets;
    private final ToggleRules rules;
    private final ManualRuns manualRuns;
    private final RunRepository runs;
    private final RunRowRepository runRows;
    private final ChangeJournal journal;
    private final ClientWriter clients;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public BulkToggles(ToggleTargets targets, ManualRuns manualRuns, RunRepository runs, RunRowRepository runRows,
                       ChangeJournal journal, ClientWriter clients, NamedParameterJdbcTemplate jdbc,
                       TransactionTemplate transactions, Clock clock) {
        this.targets = targets;
        this.rules = new ToggleRules();
        this.manualRuns = manualRuns;
        this.runs = runs;
        this.runRows = runRows;
        this.journal = journal;
        this.clients = clients;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the file did: rows read, applied and refused, e-mails changed, and the run (with its error report). */
    public record Result(long runId, int rows, int applied, int refused, int emailsChanged) {
    }

    public Result apply(Path file, String fileName, Editor editor) {
        ToggleFile.Content content = ToggleFile.read(file);
        ToggleTargets.Index index = targets.load(content.rows());
        Map<Long, Email> before = new LinkedHashMap<>();
        Map<Long, Email> touched = new LinkedHashMap<>();
        List<RunRowRepository.NewRow> refused = new ArrayList<>();
        int applied = 0;
        for (ToggleFile.Row row : content.rows()) {
            ToggleRules.Outcome outcome = rules.resolve(row, index, content.columns());
            if (outcome.issue() != null) {
                refused.add(new RunRowRepository.NewRow(row.line(), rowKey(row), Bucket.INVALID, null, null,
                        List.of(), List.of(outcome.issue())));
                continue;
            }
            outcome.emails().forEach(email -> before.putIfAbsent(email.id, email.copy()));
            outcome.emails().forEach(email -> touched.put(email.id, email));
            outcome.emails().forEach(email -> ToggleRules.set(email, outcome.toggle(), outcome.on()));
            applied++;
        }
        List<Email> changed = changed(before, touched);
        int appliedRows = applied;
        return transactions.execute(status -> write(fileName, editor, content.rows().size(), appliedRows, refused,
                before, changed));
    }

    private Result write(String fileName, Editor editor, int rowCount, int applied,
                         List<RunRowRepository.NewRow> refused, Map<Long, Email> before, List<Email> changed) {
        Instant now = clock.instant();
        long runId = manualRuns.open(editor, fileName == null ? "bulk toggles" : fileName, now);
        jdbc.batchUpdate("UPDATE contact_email SET login = :login, notify = :notify, email_sync = :sync, "
                + "activation = :activation WHERE id = :id", changed.stream().map(BulkToggles::params)
                .toArray(SqlParameterSource[]::new));
        journal.record(entries(runId, editor, before, changed, now));
        runRows.insert(runId, refused);
        clients.touch(changed.stream().map(e -> e.clientId).toList());
        String summary = applied + " of " + rowCount + " toggle row(s) applied by " + editor.name() + ", "
                + refused.size() + " refused; " + changed.size() + " e-mail(s) changed.";
        runs.finish(runId, refused.isEmpty() ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_ERRORS, summary,
                changed.size(), now);
        return new Result(runId, rowCount, applied, refused.size(), changed.size());
    }

    /** The e-mails whose toggles end up other than they were (a row turning on what the next turns off is no change). */
    private static List<Email> changed(Map<Long, Email> before, Map<Long, Email> touched) {
        return touched.values().stream().filter(email -> {
            Email was = before.get(email.id);
            return was.login != email.login || was.notify != email.notify || was.emailSync != email.emailSync
                    || !was.activation.equals(email.activation);
        }).toList();
    }

    /** One CONTACT entry per contact touched, holding its changed e-mails as they were: what rollback restores. */
    private static List<ChangeJournal.Entry> entries(long runId, Editor editor, Map<Long, Email> before,
                                                     List<Email> changed, Instant now) {
        Map<Long, List<ContactImages.EmailImage>> byContact = new LinkedHashMap<>();
        Map<Long, Email> anyOfContact = new LinkedHashMap<>();
        for (Email email : changed) {
            Email was = before.get(email.id);
            byContact.computeIfAbsent(email.contactId, k -> new ArrayList<>()).add(new ContactImages.EmailImage(
                    was.address, was.login, was.notify, was.emailSync, was.activation));
            anyOfContact.putIfAbsent(email.contactId, email);
        }
        List<ChangeJournal.Entry> entries = new ArrayList<>();
        byContact.forEach((contactId, images) -> {
            Email email = anyOfContact.get(contactId);
            entries.add(new ChangeJournal.Entry(runId, null, email.clientId, ChangeJournal.Action.CONTACT,
                    FieldPath.contact(email.contactKey).text(), null, ContactImages.after(new ContactImages.After(
                    false, List.of(), null, false, images, true)), editor.actor(), now));
        });
        return entries;
    }

    private static MapSqlParameterSource params(Email email) {
        return new MapSqlParameterSource("id", email.id).addValue("login", email.login)
                .addValue("notify", email.notify).addValue("sync", email.emailSync)
                .addValue("activation", email.activation);
    }

    private static String rowKey(ToggleFile.Row row) {
        String key = row.email().isEmpty() ? row.client() : row.email();
        return key.length() <= 200 ? key : key.substring(0, 200);
    }
}
