package be.crmconnector.sources.adminpulse;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.Relation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** A sync without changes changes nothing; touched relations become exactly the expected updates; health says so. */
class AdminPulseResyncTest extends SimulatedAdminPulseTest {

    @Test
    void aSecondSyncWithoutChangesChangesNothingAndATouchGivesExactlyTheExpectedUpdates() {
        assertThat(sync("ap-all").status()).isEqualTo(RunStatus.COMPLETED);

        ImportRun again = sync("ap-all");
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(again.counts().unchanged()).as("%s", again.counts()).isEqualTo(2000);
        assertThat(again.counts().newCount() + again.counts().update() + again.counts().onlyInStore()).isZero();

        Relation company = SEED.relations().stream().filter(r -> r.type().equals("Company")).skip(3).findFirst().orElseThrow();
        Relation person = SEED.relations().stream().filter(r -> r.type().equals("Person")).skip(3).findFirst().orElseThrow();
        SIMULATOR.touch(company.id(), "name", company.name() + " Renamed");
        SIMULATOR.touch(person.id(), "language", person.language().equals("fr") ? "nl" : "fr");

        ImportRun changed = sync("ap-all");
        assertThat(changed.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(changed.counts().update()).as("%s", changed.counts()).isEqualTo(2);
        assertThat(changed.counts().unchanged()).isEqualTo(1998);
        assertThat(jdbc.queryForList("SELECT record_key FROM run_row WHERE run_id = ? AND bucket = 'UPDATE'",
                String.class, changed.id())).containsExactlyInAnyOrder(company.id(), person.id());
        assertThat(jdbc.queryForObject("SELECT company_name FROM client c JOIN external_ref e ON e.client_id = c.id "
                + "WHERE e.external_id = ?", String.class, company.id())).isEqualTo(company.name() + " Renamed");

        Health ok = ((HealthIndicator) health.getContributor("ap-all")).health();
        assertThat(ok.getStatus()).isEqualTo(Status.UP);
        assertThat(ok.getDetails()).containsKeys("lastSuccessfulSync", "ageSeconds").containsEntry("lastSyncStatus", "COMPLETED");
    }
}
