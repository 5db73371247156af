package be.crmconnector.outbox;

import be.crmconnector.outbox.OutboxMessage.Channel;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's claims: of two instances polling at once only one gets a message; a failure is recorded and the
 * message waits its back-off; a claim whose sender died is taken up after its lease; every attempt is recorded.
 */
abstract class OutboxClaimContract extends StoreTest {
    static final Instant T0 = Instant.parse("2030-01-01T10:00:00Z");

    @Autowired
    NamedParameterJdbcTemplate named;

    Outbox outbox() {
        return new Outbox(named, new Outbox.Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 3,
                Duration.ofMinutes(5)));
    }

    long message(Outbox outbox) {
        return outbox.enqueue(OutboxMessage.draft(Channel.MAIL, "RUN_COMPLETED", "c", 1L, null, "a@example.be",
                "subject", "body", null), T0);
    }

    @Test
    void twoInstancesNeverHoldTheSameMessage() {
        Outbox outbox = outbox();
        long id = message(outbox);

        assertThat(outbox.claimDue("one", 10, T0)).extracting(OutboxMessage::id).containsExactly(id);
        assertThat(outbox.claimDue("two", 10, T0)).isEmpty();
        assertThat(outbox.markSent(id, "two", T0)).as("not two's claim").isFalse();
        assertThat(outbox.markSent(id, "one", T0)).isTrue();
        assertThat(outbox.claimDue("two", 10, T0.plus(Duration.ofHours(1)))).as("sent is never sent again").isEmpty();
    }

    @Test
    void aFailureWaitsItsBackoffAndGivesUpAfterTheLastAttempt() {
        Outbox outbox = outbox();
        long id = message(outbox);

        outbox.claimDue("one", 10, T0);
        assertThat(outbox.markFailed(id, "one", "ConnectException: refused", T0)).isFalse();
        assertThat(outbox.claimDue("one", 10, T0.plusSeconds(9))).isEmpty();
        assertThat(outbox.claimDue("one", 10, T0.plusSeconds(10))).hasSize(1);
        assertThat(outbox.markFailed(id, "one", "refused", T0.plusSeconds(10))).isFalse();
        assertThat(outbox.claimDue("one", 10, T0.plusSeconds(30))).hasSize(1);
        assertThat(outbox.markFailed(id, "one", "refused", T0.plusSeconds(30))).as("third attempt: gives up").isTrue();

        assertThat(jdbc.queryForObject("SELECT status FROM outbox_message WHERE id = ?", String.class, id))
                .isEqualTo("FAILED");
        assertThat(jdbc.queryForList("SELECT outcome FROM outbox_attempt WHERE message_id = ? ORDER BY id",
                String.class, id)).containsExactly("FAILED", "FAILED", "FAILED");
        assertThat(outbox.retry(id, T0.plusSeconds(60))).isTrue();
        assertThat(outbox.claimDue("one", 10, T0.plusSeconds(60))).hasSize(1);
    }

    @Test
    void aClaimWhoseSenderDiedIsTakenUpAfterItsLease() {
        Outbox outbox = outbox();
        long id = message(outbox);

        outbox.claimDue("dead", 10, T0);
        assertThat(outbox.claimDue("alive", 10, T0.plus(Duration.ofMinutes(4)))).isEmpty();
        assertThat(outbox.claimDue("alive", 10, T0.plus(Duration.ofMinutes(6)))).extracting(OutboxMessage::id)
                .containsExactly(id);
        assertThat(outbox.markSent(id, "alive", T0.plus(Duration.ofMinutes(6)))).isTrue();
    }
}
