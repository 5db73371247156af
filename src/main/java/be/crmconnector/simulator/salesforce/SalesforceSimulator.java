package be.crmconnector.simulator.salesforce;

import be.crmconnector.simulator.http.LoopbackSimulator;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the Salesforce REST API on 127.0.0.1, speaking the documented shapes: OAuth token endpoint
 * ({@code client_credentials} or {@code password}) with {@code instance_url}, {@code query} / {@code queryAll}
 * with {@code totalSize} / {@code done} / {@code nextRecordsUrl}, {@code Sforce-Query-Options: batchSize},
 * {@code Sforce-Limit-Info} on every API answer, and errors as arrays of {@code {message, errorCode}}.
 * <pre>
 * try (SalesforceSimulator sim = SalesforceSimulator.builder().clientCredentials("id", "secret").build().start()) {
 *     AccountSeed.generate(sim.store(), 42, 450, 2);
 *     sim.faults().tokenExpiresEveryCalls(7);
 * }
 * </pre>
 */
public final class SalesforceSimulator extends LoopbackSimulator {

    /** The accepted credentials: client id and secret, and for the password grant also user name and password. */
    public record Credentials(String clientId, String clientSecret, String username, String password) {
        boolean accept(Map<String, String> form) {
            boolean client = clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret"));
            return switch (String.valueOf(form.get("grant_type"))) {
                case "client_credentials" -> client;
                case "password" -> client && username != null && username.equals(form.get("username"))
                        && Objects.equals(password, form.get("password"));
                default -> false;
            };
        }
    }

    private final Credentials credentials;
    private final SfRecordStore store;
    private final SfFaults faults = new SfFaults();
    private final SfTokens tokens = new SfTokens(faults);
    private final AtomicLong apiUsage = new AtomicLong();

    private SalesforceSimulator(Builder builder) {
        super(builder.port, "salesforce-sim");
        this.credentials = builder.credentials;
        this.store = new SfRecordStore(builder.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds 127.0.0.1 only. Its base URL is both the login URL and the instance URL. */
    public synchronized SalesforceSimulator start() {
        listen(Map.of(
                "/services/oauth2/token", new SfTokenHandler(credentials, tokens, this::baseUrl),
                "/services/data/", new SfQueryHandler(store, faults, tokens, apiUsage)));
        return this;
    }

    public SfRecordStore store() {
        return store;
    }

    public SfFaults faults() {
        return faults;
    }

    /** API calls counted against the daily limit (token calls do not count, as in Salesforce). */
    public long apiUsage() {
        return apiUsage.get();
    }

    /** A new day: the daily API usage starts again from zero. */
    public void resetDailyUsage() {
        apiUsage.set(0);
    }

    public int tokensIssued() {
        return tokens.issuedCount();
    }

    public static final class Builder {
        private int port;
        private Credentials credentials = new Credentials("demo-client", "demo-secret", null, null);
        private Clock clock = Clock.systemUTC();

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder clientCredentials(String clientId, String clientSecret) {
            this.credentials = new Credentials(clientId, clientSecret, credentials.username(), credentials.password());
            return this;
        }

        public Builder user(String username, String password) {
            this.credentials = new Credentials(credentials.clientId(), credentials.clientSecret(), username, password);
            return this;
        }

        /** Drives SystemModstamp of seeded and touched records. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public SalesforceSimulator build() {
            return new SalesforceSimulator(this);
        }
    }
}
