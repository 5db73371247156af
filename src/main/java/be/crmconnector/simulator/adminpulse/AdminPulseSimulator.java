package be.crmconnector.simulator.adminpulse;

import be.crmconnector.simulator.http.LoopbackSimulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * A stand-in for the AdminPulse REST API (https://api.adminpulse.be) on 127.0.0.1, speaking the documented
 * shapes: Bearer API key, 0-based paging up to 400 per page, {@code {"results":[...],"pageCount":N}},
 * 480 calls per sliding minute, JSON errors. Plain JDK HTTP server so tests, a standalone process and the
 * application's demo profile can all start it.
 * <pre>
 * try (AdminPulseSimulator sim = AdminPulseSimulator.builder().apiKey("k").seed(RelationSeed.generate(42, 2000))
 *         .build().start()) {
 *     sim.faults().serverErrorOnPage(2, 1);
 *     // call sim.baseUrl() + "/relations?page=0&amp;pageSize=400" with "Authorization: Bearer k"
 * }
 * </pre>
 */
public final class AdminPulseSimulator extends LoopbackSimulator {

    public static final int RATE_LIMIT_PER_MINUTE = 480;

    private final String apiKey;
    private final Clock clock;
    private final RelationStore store;
    private final Faults faults = new Faults();
    private final CallLog calls = new CallLog();

    private AdminPulseSimulator(Builder builder) {
        super(builder.port, "adminpulse-sim");
        this.apiKey = builder.apiKey;
        this.clock = builder.clock;
        this.store = new RelationStore(clock, builder.seed);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds 127.0.0.1 only: a simulator has no business being reachable from the network. */
    public synchronized AdminPulseSimulator start() {
        SlidingWindowRateLimit rateLimit = new SlidingWindowRateLimit(clock, RATE_LIMIT_PER_MINUTE, Duration.ofMinutes(1));
        listen(Map.of("/", new ApiHandler(apiKey, store, faults, calls, rateLimit)));
        return this;
    }

    public String apiKey() {
        return apiKey;
    }

    public Faults faults() {
        return faults;
    }

    public CallLog calls() {
        return calls;
    }

    public RelationStore store() {
        return store;
    }

    public void upsertRelation(Relation relation) {
        store.upsertRelation(relation);
    }

    public boolean removeRelation(String id) {
        return store.removeRelation(id);
    }

    /** Changes one field and sets lastModified to the simulator's clock. */
    public Relation touch(String id, String field, Object value) {
        return store.touch(id, field, value);
    }

    /**
     * Standalone: {@code --port 8089 --api-key demo-key [--relations 2000 [--seed 42]]}. Without
     * {@code --relations} it serves the handwritten demo file.
     */
    public static void main(String[] args) throws InterruptedException {
        CommandLine options = CommandLine.parse(args);
        SeedData seed = options.relations() == null ? RelationSeed.demo()
                : RelationSeed.generate(options.seed(), options.relations());
        AdminPulseSimulator simulator = builder().port(options.port()).apiKey(options.apiKey()).seed(seed).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        System.out.printf("AdminPulse simulator on %s (%d relations, %d tasks); deliberately invalid: %s%n",
                simulator.baseUrl(), seed.relations().size(), seed.tasks().size(), seed.deliberatelyInvalid().keySet());
        Thread.currentThread().join();
    }

    public static final class Builder {
        private int port;
        private String apiKey = "demo-key";
        private Clock clock = Clock.systemUTC();
        private SeedData seed = SeedData.empty();

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey);
            return this;
        }

        /** Drives the rate-limit window and lastModified of touched records; tests pass a settable clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder seed(SeedData seed) {
            this.seed = Objects.requireNonNull(seed);
            return this;
        }

        public AdminPulseSimulator build() {
            return new AdminPulseSimulator(this);
        }
    }
}
