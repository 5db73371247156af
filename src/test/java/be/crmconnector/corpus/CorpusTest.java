package be.crmconnector.corpus;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.filedrop.FileDropSettings;
import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.support.StoreTest;
import be.crmconnector.web.ConnectorController;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static be.crmconnector.corpus.Expected.list;
import static be.crmconnector.corpus.Expected.text;
import static be.crmconnector.corpus.Expected.yaml;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad-file case 1–25 of bad-inputs-and-faults.md ends as its hand-written expected.yaml says, rows conserved. */
class CorpusTest extends StoreTest {
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
    RunCheck runCheck;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws IOException {
        useH2(registry);
        Path dir = Files.createTempDirectory("crm-corpus-connectors");
        try (Stream<Path> yamls = Files.list(CorpusCases.root().resolve("_connectors"))) {
            for (Path yaml : yamls.toList()) {
                Files.copy(yaml, dir.resolve(yaml.getFileName()));
            }
        }
        registry.add("crm.connectors-dir", dir::toString);
    }

    static Stream<Arguments> cases() throws IOException {
        return CorpusCases.cases();
    }

    @BeforeEach
    void checks() {
        runCheck = new RunCheck(rows, new StoreCheck(jdbc));
    }

    @Test
    void everyFileCaseOfTheListHasAFolderAndEveryFolderOneInputAndOneExpectation() throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        try (Stream<Path> top = Files.list(CorpusCases.root())) {
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
            new CorpusDrops(runs, runCheck, new CorpusUploads(uploads, runs, runCheck), this::clientSnapshot, work)
                    .run(dir, expected, connector);
            return;
        }
        Path file = CorpusInputs.materialise(CorpusInputs.inputOf(dir), work);
        String dropped = file.getFileName().toString();
        FileImports.Filed filed = files.importFile(connector, file, dropped, TriggerKind.UPLOAD);
        ImportRun run = runs.find(filed.outcome().runId()).orElseThrow();

        SoftAssertions soft = new SoftAssertions();
        runCheck.check(soft, run, expected);
        String folder = run.status() == RunStatus.FAILED ? ".failed" : ".done";
        soft.assertThat(filed.archivePath()).as("archive path")
                .isEqualTo(folder + "/run-" + run.id() + dropped.substring(dropped.lastIndexOf('.')));
        ReportCheck.check(soft, connector.settings(FileDropSettings.class).inbox().resolve(folder)
                .resolve("run-" + run.id() + ".errors.csv"), run, expected);
        soft.assertAll();
    }
}
