package be.crmconnector.corpus;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.sources.filedrop.FileDropSettings;
import org.assertj.core.api.SoftAssertions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static be.crmconnector.corpus.Expected.list;
import static be.crmconnector.corpus.Expected.text;
import static be.crmconnector.corpus.Expected.texts;
import static org.awaitility.Awaitility.await;

/**
 * The {@code mode: drop} cases, about the watched folder: files are dropped into the connector's inbox one after the
 * other and the real route imports them; {@code uploads} go through the upload endpoint ({@link CorpusUploads});
 * files listed as {@code ignored} are written first and must never be read.
 */
final class CorpusDrops {
    static final Set<RunStatus> FINAL = EnumSet.of(RunStatus.COMPLETED, RunStatus.COMPLETED_WITH_ERRORS,
            RunStatus.FAILED, RunStatus.DUPLICATE, RunStatus.AWAITING_APPROVAL);
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final RunRepository runs;
    private final RunCheck runCheck;
    private final CorpusUploads uploads;
    private final Supplier<List<Map<String, Object>>> clientSnapshot;
    private final Path work;

    CorpusDrops(RunRepository runs, RunCheck runCheck, CorpusUploads uploads,
                Supplier<List<Map<String, Object>>> clientSnapshot, Path work) {
        this.runs = runs;
        this.runCheck = runCheck;
        this.uploads = uploads;
        this.clientSnapshot = clientSnapshot;
        this.work = work;
    }

    void run(Path dir, Map<String, Object> expected, ConnectorDefinition connector) throws Exception {
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
            List<Map<String, Object>> before = clientSnapshot.get();
            switch (text(drop, "writing", "atomic")) {
                case "atomic" -> {
                    Path staging = Files.copy(input, work.resolve("staging-" + System.nanoTime()));
                    Files.move(staging, inbox.resolve(as), StandardCopyOption.ATOMIC_MOVE);
                }
                case "slowly" -> SlowWriter.write(input, inbox.resolve(as), false);
                case "slowlyWithOldTime" -> SlowWriter.write(input, inbox.resolve(as), true);
                default -> throw new IllegalStateException("unknown writing " + drop.get("writing"));
            }
            String sourceName = text(drop, "sourceName", as);
            ImportRun run = await().atMost(PATIENCE).until(() -> runs.list(connector.id(), null, 0, 1000).stream()
                            .filter(r -> sourceName.equals(r.sourceName()) && FINAL.contains(r.status())).toList(),
                    found -> !found.isEmpty() && Files.notExists(inbox.resolve(as))).get(0);
            soft.assertThat(runs.list(connector.id(), null, 0, 1000).stream()
                    .filter(r -> sourceName.equals(r.sourceName())).count()).as("runs of %s", as).isEqualTo(1);
            runCheck.check(soft, run, drop);
            Path archived = inbox.resolve(text(drop, "archived", null).replace("{id}", String.valueOf(run.id())));
            soft.assertThat(archived).as("%s archived", as).exists();
            if (Files.exists(archived)) {
                soft.assertThat(Files.mismatch(archived, input)).as("archived bytes of %s", as).isEqualTo(-1L);
            }
            if (Boolean.TRUE.equals(drop.get("storeUnchanged"))) {
                soft.assertThat(clientSnapshot.get()).as("store after %s", as).isEqualTo(before);
            }
            ReportCheck.check(soft, archived.resolveSibling("run-" + run.id() + ".errors.csv"), run, drop);
        }
        for (Map<String, Object> upload : list(expected, "uploads")) {
            uploads.check(soft, dir, inbox, connector, upload);
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
}
