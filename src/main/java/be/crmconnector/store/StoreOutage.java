package be.crmconnector.store;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure caused by the database going away (unreachable, restarting, a connection cut) from one the work
 * itself caused (a constraint, a bug). A run stopped by an outage is not at fault and is taken up again once the store
 * answers; one stopped by its own error is not. The cause may be wrapped, e.g. by a thread that read ahead.
 */
public final class StoreOutage {
    private StoreOutage() {
    }

    /** Whether {@code failure}, or any of its causes, says the database went away. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        // Not every transient error: a deadlock or a statement timeout is the work meeting other work, not an outage.
        return cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof RecoverableDataAccessException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                || cause instanceof SQLException sql && isConnectionState(sql.getSQLState());
    }

    /** SQLSTATE class 08 (connection exception) and 57P01–57P03 (the server shut down or is starting). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[1-3]"));
    }
}
