package be.crmconnector.benchmark;

import be.crmconnector.CrmConnectorApplication;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.importrun.FileImports;
import be.crmconnector.importrun.ImportRun;
import be.crmconnector.importrun.ImportService;
import be.crmconnector.importrun.RunOutcome;
import be.crmconnector.importrun.RunRepository;
import be.crmconnector.importrun.RunStatus;
import be.crmconnector.importrun.TriggerKind;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

/** The product end to end: the whole application context, {@link FileImports} on the real pipeline. */
final class ProductContender implements Contender {
    private ConfigurableApplicationContext context;
    private String notes;

    @Override
    public String name() {
        return "product (FileImports, real pipeline)";
    }

    @Override
    public void prepare(BenchStore store) throws Exception {
        Path inbox = Files.createTempDirectory("crm-bench-inbox");
        context = new SpringApplicationBuilder(CrmConnectorApplication.class)
                .run("--CRM_ADMIN_PASSWORD=benchmark-admin-password", "--server.port=0",
                        "--spring.datasource.url=" + store.url(), "--spring.datasource.username=" + store.user(),
                        "--spring.datasource.password=" + store.password(), "--crm.inbox-root=" + inbox,
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
    }

    @Override
    public void run(BenchStore store, Path csv) {
        FileImports files = context.getBean(FileImports.class);
        var connector = context.getBean(ConnectorRegistry.class).find(Workload.CONNECTOR).orElseThrow();
        RunOutcome outcome = files.importFile(connector, csv, csv.getFileName().toString(), TriggerKind.UPLOAD)
                .outcome();
        if (outcome.status() == RunStatus.AWAITING_APPROVAL) {
            outcome = context.getBean(ImportService.class).apply(outcome.runId(), "benchmark");
        }
        ImportRun run = context.getBean(RunRepository.class).find(outcome.runId()).orElseThrow();
        notes = run.status() + " " + run.counts();
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    @Override
    public String notes() {
        return notes;
    }
}
