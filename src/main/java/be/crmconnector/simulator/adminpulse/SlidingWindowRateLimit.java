package be.crmconnector.simulator.adminpulse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * AdminPulse allows 480 calls per minute. A sliding window (not a fixed one) is the stricter reading, so a
 * client that passes here also passes a fixed-window server. Only admitted calls count: a client that
 * backs off recovers once the window slides.
 */
final class SlidingWindowRateLimit {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Deque<Instant> admitted = new ArrayDeque<>();

    SlidingWindowRateLimit(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    synchronized boolean tryAdmit() {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        while (!admitted.isEmpty() && !admitted.peekFirst().isAfter(windowStart)) {
            admitted.pollFirst();
        }
        if (admitted.size() >= limit) {
            return false;
        }
        admitted.addLast(now);
        return true;
    }
}
