package be.crmconnector.config.logging;

import be.crmconnector.history.RunRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.model.Masking;
import be.crmconnector.support.StoreTest;
import be.crmconnector.support.TestOutputScan;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dropped file whose new clients the database refuses to insert: the failure is logged (applying stops and the run
 * waits for approval again), and no log line holds any of the file's values, a national number, a name or an e-mail,
 * whatever the driver puts in its exception (on PostgreSQL, by default, the whole failed INSERT with its values).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FailedWriteLogContract extends StoreTest {
    static final String ROUTE = "office-csv-file-drop";
    static final List<String> NATIONAL_NUMBERS = List.of("85073003328", "90022212354", "92031145603", "01020312345");
    static final List<String> NAMES = List.of("Vermeulen", "Claessens", "Wouters", "Janssens");
    static final List<String> EMAILS = List.of("an.vermeulen@example.be", "bart.claessens@example.be",
            "chris.wouters@example.be", "dirk.janssens@example.be");

    @Value("${crm.inbox-root}")
    Path inboxRoot;
    @Autowired
    CamelContext camel;
    @Autowired
    RunRepository runs;

    /** Makes every insert into the client table fail on the server, as a killed connection or a full disk would. */
    abstract void refuseClientInserts();

    abstract void acceptClientInsertsAgain();

    @AfterEach
    void acceptAgain() {
        acceptClientInsertsAgain();
    }

    @Test
    void aBatchTheDatabaseRefusesIsLoggedWithoutAnyOfItsValues(CapturedOutput output) {
        refuseClientInserts();
        StringBuilder csv = new StringBuilder("\uFEFFRéférence;Prénom;Nom;E-mail;Numéro national\n");
        for (int i = 0; i < NATIONAL_NUMBERS.size(); i++) {
            csv.append("C00").append(i).append(";Jan;").append(NAMES.get(i)).append(';').append(EMAILS.get(i))
                    .append(';').append(NATIONAL_NUMBERS.get(i)).append('\n');
        }
        NotifyBuilder done = new NotifyBuilder(camel).fromRoute(ROUTE).whenDone(1).create();
        try {
            write(inboxRoot.resolve("office-csv"), "clients.csv", csv.toString());
            assertThat(done.matches(30, TimeUnit.SECONDS)).as("the route took the file").isTrue();
        } finally {
            done.destroy();
        }

        assertThat(runs.list("office-csv", null, 0, 10)).singleElement()
                .satisfies(run -> assertThat(run.status()).as("the refused insert stopped applying")
                        .isEqualTo(RunStatus.AWAITING_APPROVAL));
        String log = output.getAll();
        assertThat(log).contains("stopped applying");
        TestOutputScan scan = new TestOutputScan();
        List<String> leaks = log.lines().filter(line -> scan.holdsNationalNumber(line)
                        || NAMES.stream().anyMatch(line::contains) || EMAILS.stream().anyMatch(line::contains))
                .map(FailedWriteLogContract::shown).toList();
        assertThat(leaks).as("log lines that hold a value of the file").isEmpty();
    }

    /** A leaking line as the failure shows it: numbers masked, cut short. */
    private static String shown(String line) {
        String masked = Masking.nationalNumbersIn(line);
        return masked.length() <= 400 ? masked : masked.substring(0, 400) + "…";
    }
}
