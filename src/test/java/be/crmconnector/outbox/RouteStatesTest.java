package be.crmconnector.outbox;

import be.crmconnector.outbox.RouteStates.News;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route is news when seen down at every look for a while (once per spell), and when seen up again at every look
 * for as long after being said down.
 */
class RouteStatesTest {
    private final RouteStates states = new RouteStates(Duration.ofSeconds(45));
    private final Instant t0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void downForTheWholeWhileIsNewsOnce() {
        assertThat(states.look("r", true, t0)).isEqualTo(News.NONE);
        assertThat(states.look("r", true, t0.plusSeconds(30))).isEqualTo(News.NONE);
        assertThat(states.look("r", true, t0.plusSeconds(45))).isEqualTo(News.WENT_DOWN);
        assertThat(states.look("r", true, t0.plusSeconds(60))).isEqualTo(News.NONE);
        assertThat(states.since("r")).isEqualTo(t0);
        assertThat(states.look("r", false, t0.plusSeconds(90))).isEqualTo(News.NONE);
        assertThat(states.look("r", false, t0.plusSeconds(135))).isEqualTo(News.CAME_BACK);
        assertThat(states.since("r")).isEqualTo(t0.plusSeconds(90));
        assertThat(states.look("r", false, t0.plusSeconds(150))).isEqualTo(News.NONE);
    }

    /** A poll consumer clears its error count when a backoff ends: one healthy look amid the failures is no news. */
    @Test
    void oneUpLookWhileSaidDownIsNoNews() {
        states.look("r", true, t0);
        assertThat(states.look("r", true, t0.plusSeconds(45))).isEqualTo(News.WENT_DOWN);
        assertThat(states.look("r", false, t0.plusSeconds(60))).isEqualTo(News.NONE);
        assertThat(states.look("r", true, t0.plusSeconds(75))).isEqualTo(News.NONE);
        assertThat(states.look("r", true, t0.plusSeconds(200))).isEqualTo(News.NONE);
        assertThat(states.look("r", false, t0.plusSeconds(210))).isEqualTo(News.NONE);
        assertThat(states.look("r", false, t0.plusSeconds(255))).isEqualTo(News.CAME_BACK);
    }

    @Test
    void aBlipThatRecoversIsNoNews() {
        assertThat(states.look("r", false, t0)).isEqualTo(News.NONE);
        assertThat(states.look("r", true, t0.plusSeconds(30))).isEqualTo(News.NONE);
        assertThat(states.look("r", false, t0.plusSeconds(60))).isEqualTo(News.NONE);
    }

    @Test
    void routesAreRememberedApart() {
        states.look("a", true, t0);
        assertThat(states.look("b", true, t0.plusSeconds(50))).isEqualTo(News.NONE);
        assertThat(states.look("a", true, t0.plusSeconds(50))).isEqualTo(News.WENT_DOWN);
    }
}
