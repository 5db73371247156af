package be.crmconnector.workspace;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A person's change is a run of its own (trigger MANUAL, connector {@code manual:<user>}): its journal entries hang on
 * it, history lists it, and {@code POST /api/runs/{id}/rollback} undoes it like any import.
 */
@Component
public class ManualRuns {
    private final RunRepository runs;

    public ManualRuns(RunRepository runs) {
        this.runs = runs;
    }

    public long open(Editor editor, String what, Instant now) {
        return runs.create(editor.source(), TriggerKind.MANUAL, what, null, now);
    }

    public void completed(long runId, String summary, long changes, Instant now) {
        runs.finish(runId, RunStatus.COMPLETED, summary, changes, now);
    }
}
