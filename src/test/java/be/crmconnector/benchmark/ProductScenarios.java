package be.crmconnector.benchmark;

import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.simulator.adminpulse.RelationSeed;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The second scenarios, against the product in its own JVM on PostgreSQL, after its benchmark import: preview paging
 * (a run staged behind a review gate, pages of its NEW and UPDATE rows fetched over HTTP) and an AdminPulse sync of
 * many relations, full, then again after 1% of them changed in the simulator. Numbers only, never assertions.
 */
final class ProductScenarios {
    static final int PAGE_SIZE = 50;
    static final int WARM_UP_PAGES = 10;
    private static final Duration RUN_TIMEOUT = Duration.ofHours(1);
    private static final String SIMULATOR_KEY = "benchmark-simulator-key";
    // Each look at a run is a request the product answers on the cores it syncs with: during a sync of a minute or
    // more, look once a second rather than 20 times. The phases come from the run's own timestamps, so the coarser
    // look does not blur them.
    private static final Duration SYNC_POLL = Duration.ofSeconds(1);

    /**
     * Latency of one page of preview rows over HTTP; {@code floor*}: the same number of GETs of {@code /api/connectors},
     * which does next to nothing: what any authenticated request costs.
     */
    record Preview(int rows, String buckets, int pages, double p50, double p95, double max, long stageMillis,
                   double floorP50, double floorP95) {
    }

    /**
     * Where one sync's time went, from the run itself: reading every AdminPulse page (the product notes it in the
     * run's reading notes), the rest of received → staged (mapping, validating, matching, staging), staged → finished
     * (applying). Milliseconds; -1 when the run does not say.
     */
    record Phases(long readMillis, long receivedToStagedMillis, long stagedToFinishedMillis) {
        private static final java.util.regex.Pattern READ = java.util.regex.Pattern.compile("read in ([0-9.]+) s");

        static Phases of(JsonNode run) {
            java.util.regex.Matcher read = READ.matcher(run.path("readingNotes").asText(""));
            return new Phases(read.find() ? Math.round(Double.parseDouble(read.group(1)) * 1000) : -1,
                    millis(run, "receivedAt", "stagedAt"), millis(run, "stagedAt", "finishedAt"));
        }

        long stagingMillis() {
            return readMillis < 0 || receivedToStagedMillis < 0 ? -1 : receivedToStagedMillis - readMillis;
        }

        long runMillis() {
            return receivedToStagedMillis < 0 || stagedToFinishedMillis < 0 ? -1
                    : receivedToStagedMillis + stagedToFinishedMillis;
        }

        private static long millis(JsonNode run, String from, String to) {
            if (!run.hasNonNull(from) || !run.hasNonNull(to)) {
                return -1;
            }
            return Duration.between(java.time.Instant.parse(run.path(from).asText()),
                    java.time.Instant.parse(run.path(to).asText())).toMillis();
        }
    }

    /** A full AdminPulse sync and the next one with 1% of the relations changed; times from POST to COMPLETED. */
    record Sync(int relations, int changed, long fullMillis, String fullCounts, Phases fullPhases, long secondMillis,
                String secondCounts, Phases secondPhases, int calls) {
        double ratio() {
            return fullMillis == 0 ? Double.NaN : (double) secondMillis / fullMillis;
        }
    }

    record Results(Preview preview, Sync sync) {
    }

    private final int previewRows;
    private final int timedPages;
    private final int relations;

    /**
     * @param previewRows rows of the run staged for review
     * @param timedPages  preview pages timed
     * @param relations   AdminPulse relations in the simulator
     */
    ProductScenarios(int previewRows, int timedPages, int relations) {
        this.previewRows = previewRows;
        this.timedPages = timedPages;
        this.relations = relations;
    }

    /** The simulator the product's AdminPulse connector reads; started before the product, closed by the caller. */
    AdminPulseSimulator startSimulator() {
        return AdminPulseSimulator.builder().apiKey(SIMULATOR_KEY).seed(RelationSeed.generate(42, relations)).build()
                .start();
    }

    /** The connector files the scenarios need besides the benchmark's own: the review gate and AdminPulse. */
    static Map<String, String> connectorFiles(AdminPulseSimulator simulator) {
        return Map.of(ConnectorFiles.REVIEW_CSV + ".yaml", ConnectorFiles.csvDrop(ConnectorFiles.REVIEW_CSV, "review"),
                ConnectorFiles.ADMINPULSE + ".yaml", ConnectorFiles.adminPulse(simulator.baseUrl()));
    }

    /** The environment the product needs for {@link #connectorFiles}: the simulator's API key. */
    static Map<String, String> environment() {
        return Map.of(ConnectorFiles.ADMINPULSE_KEY_VARIABLE, SIMULATOR_KEY);
    }

    /**
     * Runs both scenarios against a running product whose store holds the benchmark's clients, once the benchmark's
     * own measurements are done (both scenarios change the store).
     */
    Results run(ProductClient api, AdminPulseSimulator simulator, Path folder) {
        return new Results(preview(api, folder), sync(api, simulator));
    }

    /**
     * Drops a file of {@code previewRows} rows on the review connector (even rows change one of the store's clients,
     * found by VAT, national number or e-mail, odd rows are new), and once the run waits for approval, fetches
     * {@value #WARM_UP_PAGES} pages untimed then {@code timedPages} pages picked at random (fixed seed) over every
     * page of the NEW and UPDATE buckets, early and late ones alike.
     */
    private Preview preview(ProductClient api, Path folder) {
        Workload workload = new Workload(previewRows);
        Path previewFolder = folder.resolve("preview");
        try {
            java.nio.file.Files.createDirectories(previewFolder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path review = workload.writeReviewCsv(previewFolder);
        long before = api.lastRunId(ConnectorFiles.REVIEW_CSV);
        long start = System.nanoTime();
        api.drop(ConnectorFiles.REVIEW_CSV, review, review.getFileName().toString());
        JsonNode run = api.awaitRun(ConnectorFiles.REVIEW_CSV, before, Set.of("AWAITING_APPROVAL"), RUN_TIMEOUT);
        long stageMillis = (System.nanoTime() - start) / 1_000_000;
        long runId = run.path("id").asLong();
        JsonNode buckets = api.get("/api/runs/" + runId).path("buckets");
        long newRows = buckets.path("NEW").asLong();
        long updateRows = buckets.path("UPDATE").asLong();
        long newPages = (newRows + PAGE_SIZE - 1) / PAGE_SIZE;
        long updatePages = (updateRows + PAGE_SIZE - 1) / PAGE_SIZE;
        if (newPages + updatePages == 0) {
            throw new IllegalStateException("The review run " + runId + " has no NEW or UPDATE rows: " + buckets);
        }
        Random random = new Random(6);
        double[] timings = new double[timedPages];
        for (int i = -WARM_UP_PAGES; i < timedPages; i++) {
            long page = (long) (random.nextDouble() * (newPages + updatePages));
            String bucket = page < newPages ? "NEW" : "UPDATE";
            long inBucket = page < newPages ? page : page - newPages;
            double millis = api.timedGet("/api/runs/" + runId + "/rows?bucket=" + bucket + "&page=" + inBucket
                    + "&size=" + PAGE_SIZE);
            if (i >= 0) {
                timings[i] = millis;
            }
        }
        Arrays.sort(timings);
        double[] floor = new double[timedPages];
        for (int i = 0; i < timedPages; i++) {
            floor[i] = api.timedGet("/api/connectors");
        }
        Arrays.sort(floor);
        return new Preview(previewRows, String.format(Locale.ROOT, "NEW %,d, UPDATE %,d, UNCHANGED %,d, INVALID %,d",
                newRows, updateRows, buckets.path("UNCHANGED").asLong(), buckets.path("INVALID").asLong()),
                timedPages, percentile(timings, 50), percentile(timings, 95), timings[timings.length - 1],
                stageMillis, percentile(floor, 50), percentile(floor, 95));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * A full sync, timed from {@code POST /api/connectors/{id}/runs} to COMPLETED; then the street of every hundredth
     * imported relation (status Customer) changes in the simulator, and the next sync is timed the same way.
     */
    private Sync sync(ProductClient api, AdminPulseSimulator simulator) {
        simulator.calls().reset();
        long fullStart = System.nanoTime();
        JsonNode full = syncNow(api);
        long fullMillis = (System.nanoTime() - fullStart) / 1_000_000;

        List<Relation> customers = simulator.store().relations(r -> "Customer".equals(r.status()));
        List<String> touched = new ArrayList<>();
        for (int i = 0; i < customers.size(); i += 100) {
            Relation relation = customers.get(i);
            Relation.Address address = relation.address();
            simulator.touch(relation.id(), "address", new Relation.Address("Nieuwstraat " + (1 + i % 200),
                    address.postalCode(), address.city(), address.country()));
            touched.add(relation.id());
        }
        long secondStart = System.nanoTime();
        JsonNode second = syncNow(api);
        long secondMillis = (System.nanoTime() - secondStart) / 1_000_000;
        return new Sync(relations, touched.size(), fullMillis, counts(full), Phases.of(full), secondMillis,
                counts(second), Phases.of(second), simulator.calls().total());
    }

    private static JsonNode syncNow(ProductClient api) {
        long runId = api.post("/api/connectors/" + ConnectorFiles.ADMINPULSE + "/runs").path("runId").asLong();
        return api.awaitRun(runId, ProductClient.DONE, RUN_TIMEOUT, SYNC_POLL);
    }

    private static String counts(JsonNode run) {
        return ProductContender.describe(run);
    }
}
