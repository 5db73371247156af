package be.crmconnector.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per user name and per client address. After {@code maxFailures} failures in a row, each less than
 * {@code lock} after the one before, the user (from any address) and the address (for any user) are refused further
 * attempts for {@code lock}; a successful login clears both. Guessing a password then costs hours instead of seconds,
 * and the service does not spend its cores on BCrypt hashes for the guesser.
 */
public class LoginThrottle {
    /** More users and addresses than this at once (a spread attack) are not tracked beyond it. */
    static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration lock;
    private final Clock clock;
    private final Map<String, Failures> byKey = new ConcurrentHashMap<>();

    private record Failures(int inARow, Instant last, Instant lockedUntil) {
    }

    public LoginThrottle(int maxFailures, Duration lock, Clock clock) {
        if (maxFailures < 1 || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("crm.login-throttle: max-failures must be at least 1 and lock positive");
        }
        this.maxFailures = maxFailures;
        this.lock = lock;
        this.clock = clock;
    }

    public Duration lock() {
        return lock;
    }

    /** How much longer attempts of this user or from this address are refused; empty when they are not. */
    public Optional<Duration> refusedFor(String user, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(userKey(user), now), lockedUntil(addressKey(address), now));
        return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
    }

    /** Counts a failed attempt; true when it locks the user or the address. */
    public boolean failed(String user, String address) {
        Instant now = clock.instant();
        boolean userLocked = count(userKey(user), now);
        boolean addressLocked = count(addressKey(address), now);
        return userLocked || addressLocked;
    }

    /** A successful login: the user's and the address's failures are forgotten. */
    public void succeeded(String user, String address) {
        byKey.remove(userKey(user));
        byKey.remove(addressKey(address));
    }

    private boolean count(String key, Instant now) {
        if (!byKey.containsKey(key) && byKey.size() >= MAX_TRACKED) {
            byKey.values().removeIf(f -> stale(f, now));
            if (byKey.size() >= MAX_TRACKED) {
                return false;
            }
        }
        boolean[] lockedNow = {false};
        byKey.compute(key, (k, before) -> {
            if (before != null && lockedAt(before, now)) {
                return before; // an attempt that raced the lock: it stays as it is
            }
            int inARow = before == null || stale(before, now) ? 1 : before.inARow() + 1;
            lockedNow[0] = inARow >= maxFailures;
            return new Failures(inARow, now, lockedNow[0] ? now.plus(lock) : null);
        });
        return lockedNow[0];
    }

    /** A lock that ran out, or failures so old that the next one starts a new series. */
    private boolean stale(Failures failures, Instant now) {
        return !lockedAt(failures, now) && !failures.last().plus(lock).isAfter(now);
    }

    private static boolean lockedAt(Failures failures, Instant now) {
        return failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
    }

    private Instant lockedUntil(String key, Instant now) {
        Failures failures = byKey.get(key);
        return failures != null && lockedAt(failures, now) ? failures.lockedUntil() : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static String userKey(String user) {
        return "user:" + (user == null ? "" : user.toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
