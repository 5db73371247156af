package be.crmconnector.console;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.sources.csv.CsvRecordSource;
import be.crmconnector.support.Connectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the run preview's browser tests (one shared context): a connector {@code console-api} that owns the city,
 * and a review-gated {@code console-review} whose run waits for a person. {@link #reviewRun()} stages one UPDATE row
 * whose last name is written, city kept (owned by console-api) and accounting code held for review, five NEW rows
 * (the first with a national number, and one typed into its city too) and one INVALID row. For the connectors page, a
 * Salesforce connector {@code console-sf} that syncs only when asked and is never asked here.
 */
abstract class PreviewBrowserTest extends BrowserTest {
    static final String API = """
            id: console-api
            type: csv-drop
            matchKeys: [vatNumber]
            ownership: {default: PREFER_SOURCE, fields: {city: SOURCE_OWNS}}
            """;
    static final String REVIEW = """
            id: console-review
            type: csv-drop
            gate: review
            matchKeys: [vatNumber]
            ownership: {default: PREFER_SOURCE, fields: {accountingCode: MANUAL_REVIEW}}
            """;
    static final String SALESFORCE_ID = "console-sf";
    static final String SALESFORCE = """
            id: console-sf
            type: salesforce
            title: Salesforce
            salesforce:
              loginUrl: http://127.0.0.1:9
              clientId: ${CONSOLE_SF_CLIENT}
              clientSecret: ${CONSOLE_SF_SECRET}
              fields: {vatNumber: VAT__c}
            """;
    /** A valid national register number (check digits match): shown in clear to OPERATOR and ADMIN only. */
    static final String NATIONAL_NUMBER = "85073003328";
    static final String NATIONAL_NUMBER_MASKED = "850730*****";

    @Autowired
    ImportService imports;
    @Autowired
    RunRepository runs;
    @Autowired
    ConnectorRegistry connectors;

    @DynamicPropertySource
    static void previewConnectors(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("crm-console-connectors");
        Files.writeString(folder.resolve("console-api.yaml"), API);
        Files.writeString(folder.resolve("console-review.yaml"), REVIEW);
        Files.writeString(folder.resolve("console-sf.yaml"), SALESFORCE);
        registry.add("crm.connectors-dir", folder::toString);
    }

    /** The review run described above, waiting for approval. */
    ImportRun reviewRun() {
        importCsv("console-api", """
                Reference;First name;Last name;VAT;City;Accounting code
                A-1;Jan;Peeters;BE0417497106;Gent;100
                """);
        ImportRun run = importCsv("console-review", """
                Reference;First name;Last name;VAT;City;Accounting code;National number
                R-1;Jan;Peeters-Janssens;BE0417497106;Brugge;200;
                R-2;Marie;Dubois;BE0850000112;Namur %s;300;%s
                R-3;Luc;Maes;BE0403555038;Leuven;301;
                R-4;Anne;Claes;BE0202333090;Mons;302;
                R-5;Els;Wouters;;Aalst;303;
                R-6;Tom;Jacobs;;Hasselt;304;
                R-7;Bad;Vat;BE123;Liège;305;
                """.formatted(NATIONAL_NUMBER, NATIONAL_NUMBER));
        assertThat(run.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        return run;
    }

    ImportRun importCsv(String connectorId, String content) {
        try {
            Path file = Files.createTempFile("console-import", ".csv");
            Files.writeString(file, content);
            var connector = connectors.find(connectorId).orElseThrow();
            RunOutcome outcome = imports.importSource(new ImportService.Submission(connectorId, TriggerKind.UPLOAD,
                    file.getFileName().toString(), null, new CsvRecordSource(file, Connectors.tabular(connector))));
            return runs.find(outcome.runId()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens one bucket of a run's preview as the logged-in user. */
    void openPreview(long runId, String bucket) {
        page.navigate(url("/console/runs/" + runId + "/preview?bucket=" + bucket));
    }
}
