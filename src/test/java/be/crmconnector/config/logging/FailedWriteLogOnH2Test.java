package be.crmconnector.config.logging;

import org.h2.api.Trigger;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.SQLException;

/** {@link FailedWriteLogContract} on H2, the default store (a Java trigger refuses the inserts). */
class FailedWriteLogOnH2Test extends FailedWriteLogContract {
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
    }

    @Override
    void refuseClientInserts() {
        jdbc.execute("CREATE TRIGGER refuse_clients BEFORE INSERT ON client FOR EACH ROW CALL \""
                + RefuseEveryRow.class.getName() + "\"");
    }

    @Override
    void acceptClientInsertsAgain() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_clients");
    }

    /** H2's trigger: the insert fails on the server side, like PostgreSQL's RAISE EXCEPTION. */
    public static final class RefuseEveryRow implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            throw new SQLException("refused by the test", "P0001");
        }
    }
}
