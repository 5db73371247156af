package be.crmconnector.security;

import be.crmconnector.support.MutableClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's arithmetic: five failures in a row lock the user and the address, for the lock's length only. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-02T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(10), clock);

    @Test
    void theFifthFailureInARowLocksTheUserEverywhereAndTheAddressForEveryone() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("ada", "10.0.0." + i)).isFalse();
        }
        assertThat(throttle.refusedFor("ada", "10.0.0.9")).isEmpty();

        assertThat(throttle.failed("ada", "10.0.0.5")).isTrue();

        assertThat(throttle.refusedFor("ada", "10.0.0.9")).contains(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("ADA", "10.0.0.9")).as("user names compare without case").isPresent();
        assertThat(throttle.refusedFor("olivia", "10.0.0.9")).isEmpty();
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("user-" + i, "10.0.1.1")).isFalse();
        }
        assertThat(throttle.failed("user-5", "10.0.1.1")).isTrue();
        assertThat(throttle.refusedFor("olivia", "10.0.1.1")).isPresent();
    }

    @Test
    void theLockEndsAfterItsLengthAndTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("ada", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(9));
        assertThat(throttle.refusedFor("ada", "10.0.0.1")).contains(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("ada", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed("ada", "10.0.0.1")).as("a new series starts at one").isFalse();
    }

    @Test
    void failuresFurtherApartThanTheLockDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(10));

        assertThat(throttle.failed("ada", "10.0.0.1")).isFalse();
        assertThat(throttle.refusedFor("ada", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailuresOfTheUserAndTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada", "10.0.0.1");
        }
        throttle.succeeded("ada", "10.0.0.1");

        assertThat(throttle.failed("ada", "10.0.0.1")).isFalse();
        assertThat(throttle.refusedFor("ada", "10.0.0.1")).isEmpty();
    }

    @Test
    void aSpreadAttackIsTrackedUpToTheCapAndOldSeriesMakeRoom() {
        for (int i = 0; i < LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed("user-" + i, "10.0.0.1");
        }
        // The map is full of users (and one address): a new user is not tracked until old series expire.
        throttle.failed("late", "10.0.0.2");
        assertThat(throttle.refusedFor("late", "10.0.0.3")).isEmpty();

        clock.advance(Duration.ofMinutes(11));
        for (int i = 0; i < 5; i++) {
            throttle.failed("late", "10.0.0.2");
        }
        assertThat(throttle.refusedFor("late", "10.0.0.3")).isPresent();
    }
}
