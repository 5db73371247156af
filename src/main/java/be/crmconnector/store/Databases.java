package be.crmconnector.store;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/** Which database the store runs on, for the few places where PostgreSQL is worth a statement of its own. */
public final class Databases {
    private Databases() {
    }

    public static boolean isPostgres(JdbcOperations jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
    }
}
