package be.crmconnector.corpus;

import be.crmconnector.sources.filedrop.FileDropSettings;

import be.crmconnector.web.ConnectorController;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunCounts;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRow;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.support.StoreTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every bad-file case 1–25 of bad-inputs-and-faults.md ends as its hand-written expected.yaml says, rows conserved. */
class CorpusTest extends StoreTest {
    static final Set<RunStatus> FINAL = EnumSet.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.DUPLICATE, RunStatus.AWAITING_APPROVAL);
    static final List<String> BUCKETS = List.of("NEW", "UPDATE", "UNCHANGED", "INVALID", "DUPLICATE_IN_FILE");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    FileImports files;
    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    RunRepository runs;
    @Autowired
    RunRowRepository rows;
    @Autowired
    ConnectorController uploads;

    @TempDir
    Path work;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        useH2(registry);
        Path dir = Files.createTempDirectory("crm-corpus-connectors");
        try (Stream<Path> yamls = Files.list(root().resolve("_connectors"))) {
            for (Path yaml : yamls.toList()) {
                Files.copy(yaml, dir.resolve(yaml.getFileName()));
            }
        }
        registry.add("crm.connectors-dir", dir::toString);
    }

    static Path root() {
        try {
            return Path.of(Objects.requireNonNull(CorpusTest.class.getResource("/corpus")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every folder holding an {@code expected.yaml}, named by its path under {@code corpus/}. */
    static Stream<Arguments> cases() throws IOException {
        Path root = root();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals("expected.yaml"))
                    .map(Path::getParent)
                    .filter(dir -> !root.relativize(dir).toString().startsWith("_"))
                    .sorted()
                    .map(dir -> Arguments.of(root.relativize(dir).toString().replace('\\', '/'), dir))
                    .toList().stream();
        }
    }

    @Test
    void everyFileCaseOfTheListHasAFolderAndEveryFolderOneInputAndOneExpectation() throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        try (Stream<Path> top = Files.list(root())) {
            top.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.+"))
                    .forEach(n -> numbers.add(Integer.parseInt(n.substring(0, 2))));
        }
        Set<Integer> all = new TreeSet<>();
        for (int i = 1; i <= 25; i++) {
            all.add(i);
        }
        assertThat(numbers).isEqualTo(all);
        for (int n : all) {
            assertThat(cases().map(a -> (String) a.get()[0]).filter(name -> name.startsWith("%02d-".formatted(n))))
                    .as("case %d has at least one expected.yaml", n).isNotEmpty();
        }
        cases().forEach(a -> {
            Path dir = (Path) a.get()[1];
            Map<String, Object> expected = yaml(dir.resolve("expected.yaml"));
            CorpusInputs.inputOf(dir); // throws unless exactly one input.*
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseEndsAsItsExpectedFileSays(String name, Path dir) throws Exception {
        Map<String, Object> expected = yaml(dir.resolve("expected.yaml"));
        ConnectorDefinition connector = connectors.find(text(expected, "connector", "corpus-csv")).orElseThrow();
        for (Map<String, Object> setup : list(expected, "setup")) {
            ConnectorDefinition seedConnector = connectors.find(text(setup, "connector", connector.id())).orElseThrow();
            RunOutcome seeded = files.importFile(seedConnector, dir.resolve(text(setup, "file", null)), "seed.csv",
                    TriggerKind.UPLOAD).outcome();
            assertThat(seeded.status()).as("setup %s", setup).isIn(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS);
        }
        if ("drop".equals(expected.get("mode"))) {
            runDrops(dir, expected, connector);
            return;
        }
        Path file = CorpusInputs.materialise(CorpusInputs.inputOf(dir), work);
        String dropped = file.getFileName().toString();
        FileImports.Filed filed = files.importFile(connector, file, dropped, TriggerKind.UPLOAD);
        ImportRun run = runs.find(filed.outcome().runId()).orElseThrow();

        SoftAssertions soft = new SoftAssertions();
        checkRun(soft, run, expected);
        String folder = run.status() == RunStatus.FAILED ? ".failed" : ".done";
        soft.assertThat(filed.archivePath()).as("archive path")
                .isEqualTo(folder + "/run-" + run.id() + dropped.substring(dropped.lastIndexOf('.')));
        checkReport(soft, connector.settings(FileDropSettings.class).inbox().resolve(folder).resolve("run-" + run.id() + ".errors.csv"), run, expected);
        soft.assertAll();
    }

    // ---------------------------------------------------------------------------------------------- one run

    private void checkRun(SoftAssertions soft, ImportRun run, Map<String, Object> expected) {
        soft.assertThat(run.status()).as("status (reason: %s)", run.statusReason())
                .isEqualTo(RunStatus.valueOf(text(expected, "status", null)));
        RunCounts c = run.counts();
        List<RunRow> staged = allRows(run.id());
        // Conservation law, and no row lost: every record read is one staged row in one bucket, except UNCHANGED
        // records without findings, which are only counted (they cost no writes).
        soft.assertThat(c.read()).as("records read = NEW + UPDATE + UNCHANGED + INVALID + DUPLICATE_IN_FILE (%s)", c)
                .isEqualTo(c.bucketTotal());
        long unchangedStaged = staged.stream().filter(r -> r.bucket() == Bucket.UNCHANGED).count();
        soft.assertThat(staged.stream().filter(r -> r.bucket() == Bucket.UNCHANGED && r.issues().isEmpty()))
                .as("UNCHANGED rows are stored only for their findings").isEmpty();
        soft.assertThat(staged.size() + (c.unchanged() - unchangedStaged))
                .as("staged rows + unchanged rows only counted = records read").isEqualTo(c.read());
        Map<String, Long> actualCounts = new LinkedHashMap<>();
        actualCounts.put("read", c.read());
        actualCounts.put("NEW", c.newCount());
        actualCounts.put("UPDATE", c.update());
        actualCounts.put("UNCHANGED", c.unchanged());
        actualCounts.put("INVALID", c.invalid());
        actualCounts.put("DUPLICATE_IN_FILE", c.duplicateInFile());
        for (String bucket : BUCKETS) {
            if (!bucket.equals("UNCHANGED")) {
                soft.assertThat(staged.stream().filter(r -> r.bucket().name().equals(bucket)).count())
                        .as("run counts agree with the staged rows in %s", bucket).isEqualTo(actualCounts.get(bucket));
            }
        }
        Map<String, Object> counts = map(expected, "counts");
        Map<String, Long> wanted = new LinkedHashMap<>();
        actualCounts.keySet().forEach(k -> wanted.put(k, ((Number) counts.getOrDefault(k, 0)).longValue()));
        soft.assertThat(actualCounts).as("counts").isEqualTo(wanted);

        if (expected.containsKey("rows")) {
            Map<Long, String> wantedRows = new TreeMap<>();
            map(expected, "rows").forEach((line, bucket) -> wantedRows.put(Long.parseLong(line), (String) bucket));
            Map<Long, String> actualRows = new TreeMap<>();
            staged.forEach(r -> actualRows.merge(r.line(), r.bucket().name(), (a, b) -> a + "+" + b));
            // An UNCHANGED line without findings has no row: it is only counted.
            wantedRows.entrySet().removeIf(e -> e.getValue().equals("UNCHANGED") && !actualRows.containsKey(e.getKey()));
            soft.assertThat(actualRows).as("bucket of every staged row, by physical line").isEqualTo(wantedRows);
        }
        if (expected.containsKey("issues")) {
            checkIssues(soft, staged, list(expected, "issues"));
        }
        for (String fragment : texts(expected, "reasonContains")) {
            soft.assertThat(run.statusReason()).as("status reason").contains(fragment);
        }
        if (run.statusReason() != null) {
            soft.assertThat(run.statusReason().codePoints().filter(Character::isISOControl).count())
                    .as("control characters in the status reason %s", run.statusReason()).isZero();
        }
        for (String fragment : texts(expected, "readingNotesContains")) {
            soft.assertThat(run.readingNotes()).as("reading notes").contains(fragment);
        }
        if (expected.containsKey("clients")) {
            soft.assertThat(count("client")).as("clients in the store").isEqualTo(
                    ((Number) expected.get("clients")).longValue());
        }
        map(expected, "store").forEach((externalId, values) -> checkStored(soft, run.connectorId(), externalId,
                castMap(values)));
    }

    private List<RunRow> allRows(long runId) {
        List<RunRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += 5000) {
            List<RunRow> page = rows.page(runId, null, offset, 5000);
            page.stream().filter(r -> r.bucket() != Bucket.ONLY_IN_STORE).forEach(all::add);
            if (page.size() < 5000) {
                return all;
            }
        }
    }

    /** Every finding of the run matches exactly one expected entry, and every expected entry one finding. */
    private void checkIssues(SoftAssertions soft, List<RunRow> staged, List<Map<String, Object>> wanted) {
        List<RecordIssue> actual = new ArrayList<>();
        staged.forEach(r -> actual.addAll(r.issues()));
        List<RecordIssue> left = new ArrayList<>(actual);
        List<Map<String, Object>> missing = new ArrayList<>();
        for (Map<String, Object> w : wanted) {
            RecordIssue hit = left.stream().filter(i -> matches(i, w)).findFirst().orElse(null);
            if (hit == null) {
                missing.add(w);
            } else {
                left.remove(hit);
            }
        }
        soft.assertThat(missing).as("expected findings not found among %s", describe(actual)).isEmpty();
        soft.assertThat(describe(left)).as("findings nobody expected").isEmpty();
    }

    private static boolean matches(RecordIssue issue, Map<String, Object> w) {
        boolean ok = issue.line() == ((Number) w.get("line")).longValue()
                && (w.get("code") == null || issue.code().equals(w.get("code")))
                && issue.severity().name().equals(text(w, "severity", "ERROR"));
        if (w.containsKey("field")) {
            ok &= Objects.equals(issue.field(), w.get("field"));
        }
        if (w.containsKey("column")) {
            ok &= issue.column() != null && issue.column().contains(String.valueOf(w.get("column")));
        }
        for (String fragment : texts(w, "messageContains")) {
            ok &= issue.message() != null && issue.message().contains(fragment);
        }
        return ok;
    }

    private static List<String> describe(List<RecordIssue> issues) {
        return issues.stream().map(i -> "line " + i.line() + " " + i.severity() + " " + i.code() + " field="
                + i.field() + " column=" + i.column()).toList();
    }

    private void checkStored(SoftAssertions soft, String connectorId, String externalId, Map<String, Object> values) {
        List<Map<String, Object>> found = jdbc.queryForList("SELECT c.* FROM client c JOIN external_ref e "
                + "ON e.client_id = c.id WHERE e.connector_id = ? AND e.external_id = ?", connectorId, externalId);
        soft.assertThat(found).as("client %s of %s in the store", externalId, connectorId).hasSize(1);
        if (found.size() != 1) {
            return;
        }
        values.forEach((column, value) -> {
            Object stored = found.get(0).get(column);
            soft.assertThat(stored == null ? "" : String.valueOf(stored)).as("%s.%s", externalId, column)
                    .isEqualTo(value == null ? "" : String.valueOf(value));
        });
    }

    private void checkReport(SoftAssertions soft, Path report, ImportRun run, Map<String, Object> expected)
            throws IOException {
        Map<String, Object> wanted = map(expected, "report");
        if (wanted.isEmpty()) {
            return;
        }
        soft.assertThat(report).as("error report of run %d", run.id()).exists();
        if (Files.notExists(report)) {
            return;
        }
        String text = Files.readString(report);
        texts(wanted, "contains").forEach(f -> soft.assertThat(text).as("report").contains(f));
        texts(wanted, "notContains").forEach(f -> soft.assertThat(text).as("report").doesNotContain(f));
    }

    // ---------------------------------------------------------------------------------------------- file drops

    /**
     * Cases about the watched folder: files are dropped into the connector's inbox one after the other and the real
     * route imports them; files listed as {@code ignored} are written first and must never be read.
     */
    private void runDrops(Path dir, Map<String, Object> expected, ConnectorDefinition connector) throws Exception {
        Path inbox = connector.settings(FileDropSettings.class).inbox();
        Files.createDirectories(inbox);
        List<String> ignored = texts(expected, "ignored");
        for (String name : ignored) {
            Path target = inbox.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(dir.resolve(text(expected, "ignoredContent", "input.csv")), target);
        }
        SoftAssertions soft = new SoftAssertions();
        for (Map<String, Object> drop : list(expected, "drops")) {
            Path input = CorpusInputs.materialise(dir.resolve(text(drop, "file", "input.csv")), work);
            String as = text(drop, "as", null);
            List<Map<String, Object>> before = clientSnapshot();
            switch (text(drop, "writing", "atomic")) {
                case "atomic" -> {
                    Path staging = Files.copy(input, work.resolve("staging-" + System.nanoTime()));
                    Files.move(staging, inbox.resolve(as), StandardCopyOption.ATOMIC_MOVE);
                }
                case "slowly" -> writeSlowly(input, inbox.resolve(as), false);
                case "slowlyWithOldTime" -> writeSlowly(input, inbox.resolve(as), true);
                default -> throw new IllegalStateException("unknown writing " + drop.get("writing"));
            }
            String sourceName = text(drop, "sourceName", as);
            ImportRun run = await().atMost(PATIENCE).until(() -> runs.list(connector.id(), null, 0, 1000).stream()
                            .filter(r -> sourceName.equals(r.sourceName()) && FINAL.contains(r.status())).toList(),
                    found -> !found.isEmpty() && Files.notExists(inbox.resolve(as))).get(0);
            soft.assertThat(runs.list(connector.id(), null, 0, 1000).stream()
                    .filter(r -> sourceName.equals(r.sourceName())).count()).as("runs of %s", as).isEqualTo(1);
            checkRun(soft, run, drop);
            Path archived = inbox.resolve(text(drop, "archived", null).replace("{id}", String.valueOf(run.id())));
            soft.assertThat(archived).as("%s archived", as).exists();
            if (Files.exists(archived)) {
                soft.assertThat(Files.mismatch(archived, input)).as("archived bytes of %s", as).isEqualTo(-1L);
            }
            if (Boolean.TRUE.equals(drop.get("storeUnchanged"))) {
                soft.assertThat(clientSnapshot()).as("store after %s", as).isEqualTo(before);
            }
            checkReport(soft, archived.resolveSibling("run-" + run.id() + ".errors.csv"), run, drop);
        }
        for (Map<String, Object> upload : list(expected, "uploads")) {
            checkUpload(soft, dir, inbox, connector, upload);
        }
        if (!ignored.isEmpty()) {
            List<String> names = runs.list(connector.id(), null, 0, 1000).stream().map(ImportRun::sourceName).toList();
            soft.assertThat(names).as("runs of %s", connector.id()).hasSize(list(expected, "drops").size());
            for (String name : ignored) {
                soft.assertThat(inbox.resolve(name)).as("ignored file left alone").exists();
                soft.assertThat(names).as("runs").doesNotContain(name, Path.of(name).getFileName().toString());
            }
        }
        soft.assertAll();
    }

    /** Appends the file line by line every 40 ms, so that it is visibly still growing for a while. */
    private void writeSlowly(Path input, Path target, boolean oldModificationTime) throws Exception {
        List<String> lines = Files.readAllLines(input);
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ScheduledFuture<?> ticks = writer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= lines.size()) {
                    return;
                }
                try {
                    out.write((lines.get(i) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                    if (oldModificationTime) {
                        Files.setLastModifiedTime(target, old);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, 0, 40, TimeUnit.MILLISECONDS);
            await().atMost(PATIENCE).until(() -> next.get() > lines.size() || ticks.isDone());
            ticks.cancel(false);
        } finally {
            writer.shutdownNow();
        }
    }

    /** An upload under a hostile original name, through the real upload endpoint's code. */
    private void checkUpload(SoftAssertions soft, Path dir, Path inbox, ConnectorDefinition connector,
                             Map<String, Object> upload) throws IOException {
        String name = text(upload, "name", null);
        byte[] content = Files.readAllBytes(dir.resolve(text(upload, "file", "input.csv")));
        RunOutcome outcome = uploads.upload(connector.id(), new MockMultipartFile("file", name, "text/csv", content));
        ImportRun run = runs.find(outcome.runId()).orElseThrow();
        checkRun(soft, run, upload);
        soft.assertThat(run.sourceName()).as("recorded name").isEqualTo(text(upload, "sourceName", name));
        Path archived = inbox.resolve(text(upload, "archived", null).replace("{id}", String.valueOf(run.id())));
        soft.assertThat(archived).as("upload %s archived", name).exists();
        for (Path base : List.of(inbox, inbox.resolve(".done"), inbox.resolve(".failed"), inbox.resolve(".uploads"))) {
            try {
                Path naive = base.resolve(name);
                soft.assertThat(naive).as("a path built from the name %s", name).doesNotExist();
            } catch (InvalidPathException notAPathHere) {
                // a name this file system cannot even express cannot have been used as a path either
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- yaml helpers

    static Map<String, Object> yaml(Path file) {
        try {
            Map<String, Object> loaded = new Yaml().load(Files.readString(file));
            return loaded == null ? Map.of() : loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Map<String, Object> map, String key, String fallback) {
        Object value = map.get(key);
        if (value == null && fallback == null) {
            throw new IllegalStateException("expected.yaml: '" + key + "' is missing in " + map.keySet());
        }
        return value == null ? fallback : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    static Map<String, Object> map(Map<String, Object> map, String key) {
        return castMap(map.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(CorpusTest::castMap).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> texts(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? ((List<Object>) l).stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
    }
}
