package be.crmconnector.support;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.filedrop.FileImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of store tests that import files through {@code office-csv}, the connector the service ships with, as an
 * upload does (duplicate check and archive path included); every run imported is checked against the conservation
 * law. Subclasses pick H2 or PostgreSQL as {@link StoreTest} says.
 */
public abstract class OfficeCsvTest extends StoreTest {
    /** What Excel gives a Belgian office: a BOM, {@code ;} separators, French headers. */
    public static final String HEADER = "\uFEFFRéférence;Prénom;Nom;Société;E-mail;Langue;Numéro de TVA\n";
    public static final String THREE_ROWS = HEADER
            + "C001;Jan;Peeters;;jan.peeters@example.be;nl;\n"
            + "C002;Marie;Dubois;;marie.dubois@example.be;fr;\n"
            + "C003;;;Boulangerie Léonard SRL;info@leonard.be;fr;BE 0403.019.261\n";

    @Autowired
    protected FileImports files;
    @Autowired
    protected RunRepository runs;
    @Autowired
    protected RunRowRepository rows;
    @Autowired
    protected ConnectorRegistry connectors;

    @TempDir
    protected Path folder;
    protected ConnectorDefinition officeCsv;

    @BeforeEach
    protected void findOfficeCsv() {
        officeCsv = connectors.find("office-csv").orElseThrow();
    }

    protected ImportRun importText(String name, String content) {
        Path file = write(folder, name, content);
        RunOutcome outcome = files.importFile(officeCsv, file, name, TriggerKind.UPLOAD).outcome();
        ImportRun run = runs.find(outcome.runId()).orElseThrow();
        assertThat(run.counts().conserved())
                .as("records read = NEW + UPDATE + UNCHANGED + INVALID + DUPLICATE_IN_FILE for %s", run.counts())
                .isTrue();
        return run;
    }

    protected ImportRun importBytes(String name, byte[] content) {
        try {
            Path file = Files.write(folder.resolve(name), content);
            RunOutcome outcome = files.importFile(officeCsv, file, name, TriggerKind.UPLOAD).outcome();
            ImportRun run = runs.find(outcome.runId()).orElseThrow();
            assertThat(run.counts().conserved()).as("conservation law for %s", run.counts()).isTrue();
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
