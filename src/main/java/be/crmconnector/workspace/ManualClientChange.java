package be.crmconnector.workspace;

import be.crmconnector.apply.ChangeJournal;
import be.crmconnector.store.ClientWriter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A person's change of one client that makes one journal entry: journaled on a MANUAL run of its own, which is
 * completed at once, and the client marked changed. One place for these steps, so that every such change (a tag, an
 * e-mail's toggles) can be rolled back by its run and shows in history the same way.
 */
@Component
public class ManualClientChange {
    private final ClientWriter clients;
    private final ManualRuns runs;
    private final ChangeJournal journal;
    private final Clock clock;

    public ManualClientChange(ClientWriter clients, ManualRuns runs, ChangeJournal journal, Clock clock) {
        this.clients = clients;
        this.runs = runs;
        this.journal = journal;
        this.clock = clock;
    }

    /** What changed: the journal entry's client, action, field and values before and after. */
    public record Change(long clientId, ChangeJournal.Action action, String field, String before, String after) {
    }

    /**
     * Journals the change on a new MANUAL run named {@code what} and completes the run with {@code summary}; the
     * run's id is what undoes the change. Runs in the caller's transaction.
     */
    public long record(Change change, Editor editor, String what, String summary) {
        Instant now = clock.instant();
        long runId = runs.open(editor, what, now);
        journal.record(List.of(new ChangeJournal.Entry(runId, null, change.clientId(), change.action(), change.field(),
                change.before(), change.after(), editor.actor(), now)));
        clients.touch(List.of(change.clientId()));
        runs.completed(runId, summary, 1, now);
        return runId;
    }
}
