package be.crmconnector.sources.adminpulse;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunStatus;
import be.crmconnector.simulator.adminpulse.Relation;
import be.crmconnector.simulator.adminpulse.Task;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A taskflow-scoped sync takes only the relations of its template and lists those that left without deleting them. */
class AdminPulseTaskflowScopeTest extends SimulatedAdminPulseTest {

    @Test
    void aTaskflowSyncTakesOnlyItsRelationsAndListsThoseThatLeftAsOnlyInStoreWithoutDeleting() {
        Set<String> inScope = SEED.tasks().stream().filter(t -> t.templateName().equals(TEMPLATE))
                .map(Task::relationId).collect(Collectors.toSet());
        assertThat(inScope).hasSizeGreaterThan(2).hasSizeLessThan(2000);

        ImportRun first = sync("ap-taskflow");
        assertThat(first.status()).as(first.statusReason()).isEqualTo(RunStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT external_id FROM external_ref WHERE connector_id = 'ap-taskflow'",
                String.class)).containsExactlyInAnyOrderElementsOf(inScope);

        List<Relation> leaving = SEED.relations().stream().filter(r -> inScope.contains(r.id())).limit(2).toList();
        leaving.forEach(r -> SIMULATOR.removeRelation(r.id()));
        try {
            ImportRun second = sync("ap-taskflow");
            assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(second.counts().onlyInStore()).isEqualTo(2);
            assertThat(jdbc.queryForList("SELECT record_key FROM run_row WHERE run_id = ? AND bucket = 'ONLY_IN_STORE'",
                    String.class, second.id())).containsExactlyInAnyOrderElementsOf(leaving.stream().map(Relation::id).toList());
            assertThat(count("client")).isEqualTo(inScope.size());
            assertThat(count("external_ref")).isEqualTo(inScope.size());
        } finally {
            leaving.forEach(SIMULATOR::upsertRelation);
        }
    }
}
