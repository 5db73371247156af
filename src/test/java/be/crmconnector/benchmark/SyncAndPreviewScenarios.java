package be.crmconnector.benchmark;

import be.crmconnector.simulator.salesforce.SalesforceSimulator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the Salesforce scenario (issue 16) and the console preview scenario (issue 20) against one product in its own
 * JVM on a fresh embedded PostgreSQL store, seeded with the preview workload's clients, and prints their table.
 * Numbers only, never assertions.
 */
final class SyncAndPreviewScenarios {

    record Results(SalesforceScenario.Result salesforce, ConsolePreviewScenario.Result preview) {
    }

    private final SalesforceScenario salesforce;
    private final ConsolePreviewScenario preview;
    private final int previewRows;

    /**
     * @param accounts       Salesforce accounts in the simulator (one contact each)
     * @param previewRows    rows of the run behind the review gate
     * @param fetchesPerPage timed fetches of each preview page position
     */
    SyncAndPreviewScenarios(int accounts, int previewRows, int fetchesPerPage) {
        this.salesforce = new SalesforceScenario(accounts);
        this.preview = new ConsolePreviewScenario(previewRows, fetchesPerPage);
        this.previewRows = previewRows;
    }

    Results run(Path folder) throws Exception {
        BenchStore store = BenchStore.postgres();
        try (SalesforceSimulator simulator = salesforce.startSimulator()) {
            new Workload(previewRows).seed(store.dataSource());
            store.settle();
            Map<String, String> files = new HashMap<>();
            files.put(ConnectorFiles.REVIEW_CSV + ".yaml", ConnectorFiles.csvDrop(ConnectorFiles.REVIEW_CSV, "review"));
            files.put(SalesforceScenario.CONNECTOR + ".yaml", SalesforceScenario.connectorFile(simulator));
            try (ProductProcess product = ProductProcess.start(store, folder, files, SalesforceScenario.environment())) {
                SalesforceScenario.Result sync = salesforce.run(product.client(), simulator, store.dataSource());
                System.out.printf(Locale.ROOT, "salesforce: full %,d ms, incremental %,d ms%n", sync.fullMillis(),
                        sync.incrementalMillis());
                ConsolePreviewScenario.Result page = preview.run(product.client(), store.dataSource(), folder);
                System.out.printf(Locale.ROOT, "console preview: p50 %.1f ms, p95 %.1f ms, server mean %.1f ms%n",
                        page.p50(), page.p95(), page.serverMeanMillis());
                return new Results(sync, page);
            }
        } finally {
            store.discard();
        }
    }

    static String table(Results results) {
        StringBuilder out = new StringBuilder();
        SalesforceScenario.Result s = results.salesforce();
        out.append(String.format(Locale.ROOT, "%nSalesforce sync (issue 16; the product in its own JVM at -Xmx%s on "
                + "embedded PostgreSQL, the built-in simulator with %,d accounts of 1 contact each, pages of 2,000, gate "
                + "auto; POST → COMPLETED, the run followed every 100 ms):%n%n", ProductProcess.MAX_HEAP,
                s.accounts()));
        out.append("| sync | wall time (s) | run |\n|---|---:|---|\n");
        out.append(String.format(Locale.ROOT, "| full (first run) | %.2f | %s |%n", s.fullMillis() / 1000.0,
                s.fullRun()));
        out.append(String.format(Locale.ROOT, "| incremental, %,d accounts (1 %%) changed | %.2f | %s |%n",
                s.changed(), s.incrementalMillis() / 1000.0, s.incrementalRun()));
        out.append(String.format(Locale.ROOT, "%nIncremental / full: **%.3f** POST → COMPLETED (target ≤ 0.05: %s), "
                + "%.3f from the runs' own timestamps (received → finished). The incremental run read %,d accounts (the changed ones and those in the 5-minute overlap window) and updated %,d. "
                + "Store against source (Salesforce Id → client street): %s.%n", s.ratio(),
                s.ratio() <= 0.05 ? "met" : "NOT met", s.runRatio(), s.incrementalRead(), s.incrementalUpdates(),
                s.storeEqualsSource() ? "equal" : String.format(Locale.ROOT,
                        "DIFFERENT: %,d missing, %,d differing, %,d extra", s.missing(), s.differing(), s.extra())));
        ConsolePreviewScenario.Result p = results.preview();
        out.append(String.format(Locale.ROOT, "%nConsole preview page (issue 20; the same product, after the sync): a "
                + "%,d-row run behind a review gate (%s; staged in %.2f s); GET /console/runs/{id}/preview as a "
                + "browser (HTML, session kept), pages of %d rows at %d positions (first, middle and last page of each "
                + "bucket by keyset), %,d timed fetches round-robin after %d untimed:%n%n", p.rows(), p.buckets(),
                p.stageMillis() / 1000.0, ConsolePreviewScenario.PAGE, p.pages().size(), p.fetches(),
                ConsolePreviewScenario.WARM_UP));
        out.append("| page p50 (ms) | page p95 (ms) | page max (ms) | target p95 | server mean (ms) | floor p50 (ms) "
                + "| floor p95 (ms) |\n|---:|---:|---:|---|---:|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| %.1f | %.1f | %.1f | < 200 ms: %s | %.1f | %.1f | %.1f |%n", p.p50(),
                p.p95(), p.max(), p.p95() < 200 ? "met" : "NOT met", p.serverMeanMillis(), p.floorP50(),
                p.floorP95()));
        out.append("\nServer mean: the product's own time per timed page (Micrometer's http.server.requests, first "
                + "filter to last byte).\n");
        out.append("\nFloor: a GET of /api/connectors after each page (next to no work): what any request costs under "
                + "the machine's load at that moment.\n");
        out.append("\nPositions: ");
        out.append(String.join(", ", p.pages().stream().map(x -> x.bucket() + " " + x.where()).toList()));
        return out.append('\n').toString();
    }
}
