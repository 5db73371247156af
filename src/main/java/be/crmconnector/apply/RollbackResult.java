package be.crmconnector.apply;

import java.util.List;

/**
 * What a rollback did: fields restored, clients archived, and what it left alone because a later run changed it.
 *
 * @param alreadyRolledBack true when an earlier rollback did the work and this one changed nothing
 */
public record RollbackResult(long runId, boolean alreadyRolledBack, int restoredFields, List<Long> archivedClients,
                             List<Left> leftAlone) {

    /** Something the rollback did not restore, with the later run that changed it. */
    public record Left(long clientId, String field, Long changedByRun, String reason) {
    }

    static RollbackResult noOp(long runId) {
        return new RollbackResult(runId, true, 0, List.of(), List.of());
    }
}
