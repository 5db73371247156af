package be.crmconnector.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.time.Duration;

/**
 * The retry, deadline and circuit-breaker settings of an HTTP source ({@code crm.<type>.…}) cut down for tests
 * against a simulator: redeliveries after 10 to 40 ms instead of seconds, a circuit that opens only at 90 % failures
 * and closes after a second. Shared so that the HTTP sources' tests exercise their redelivery the same way.
 */
public final class QuickRetries {
    private QuickRetries() {
    }

    public static void use(DynamicPropertyRegistry registry, String type, int maximumRedeliveries,
                           Duration callDeadline) {
        String prefix = "crm." + type + ".";
        registry.add(prefix + "retry.delay", () -> "10");
        registry.add(prefix + "retry.maximum-delay", () -> "40");
        registry.add(prefix + "retry.maximum-redeliveries", () -> String.valueOf(maximumRedeliveries));
        registry.add(prefix + "call-deadline", () -> String.valueOf(callDeadline.toMillis()));
        registry.add(prefix + "circuit-breaker.failure-rate", () -> "90");
        registry.add(prefix + "circuit-breaker.open-seconds", () -> "1");
    }
}
