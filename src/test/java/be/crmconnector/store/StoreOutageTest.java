package be.crmconnector.store;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** A database going away is told apart from the work's own errors, however deep it is wrapped. */
class StoreOutageTest {
    @Test
    void aConnectionLostOrRefusedIsAnOutage() {
        assertThat(StoreOutage.causedBy(new CannotGetJdbcConnectionException("pool gave up"))).isTrue();
        assertThat(StoreOutage.causedBy(new DataAccessResourceFailureException("terminating connection"))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("connection does not exist", "08003"))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("terminating connection", "57P01"))).isTrue();
    }

    @Test
    void anOutageWrappedByAnotherThreadIsStillAnOutage() {
        Exception readAhead = new IllegalStateException("The source failed",
                new RuntimeException(new DataAccessResourceFailureException("I/O error")));

        assertThat(StoreOutage.causedBy(readAhead)).isTrue();
    }

    @Test
    void theWorksOwnErrorsAreNot() {
        assertThat(StoreOutage.causedBy(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(StoreOutage.causedBy(new SQLException("value too long", "22001"))).isFalse();
        assertThat(StoreOutage.causedBy(new IllegalStateException("The spool file ended early"))).isFalse();
        assertThat(StoreOutage.causedBy(new SQLException("no state"))).isFalse();
        assertThat(StoreOutage.causedBy(new DeadlockLoserDataAccessException("deadlock detected", null))).isFalse();
        assertThat(StoreOutage.causedBy(new QueryTimeoutException("statement timeout"))).isFalse();
    }
}
