package be.crmconnector.apply;

import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRowRepository;
import be.crmconnector.history.RunStatus;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;
import be.crmconnector.support.ScenarioTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * onlyInStore: flag marks a client its connector's source no longer has (which connector, since when), visible and
 * filterable in GET /api/clients, journaled and rolled back like the archive, and cleared when the source brings the
 * client back; every mark set or cleared moves the client's version.
 */
@AutoConfigureMockMvc
abstract class OnlyInStoreFlagContract extends ScenarioTest {
    /** An API-like source that flags what it no longer has, and owns the city of its clients. */
    static final String FLAGGING = """
            id: crm-flag
            type: csv-drop
            matchKeys: [vatNumber]
            gate: auto
            onlyInStore: flag
            ownership: {default: PREFER_SOURCE, fields: {city: SOURCE_OWNS}}
            """;
    static final String REVIEWED = """
            id: review-flag
            type: csv-drop
            gate: review
            onlyInStore: flag
            """;
    static final String OFFICE = """
            id: office-b
            type: csv-drop
            matchKeys: [vatNumber]
            gate: auto
            """;
    static final String[] CONNECTORS = {FLAGGING, REVIEWED, OFFICE};

    static final String HEADER = "Référence;Société;Numéro de TVA;Ville\n";
    static final String ACME = "R-1;Acme SA;BE0403019261;Namur\n";
    static final String BETA = "R-2;Beta NV;BE0202239951;Gent\n";
    static final String GAMMA = "R-3;Gamma SRL;BE0417497106;Liège\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    RunRowRepository rows;
    @Autowired
    RunRollback rollbacks;

    long gamma;

    @BeforeEach
    void threeClientsOfTheFlaggingConnector() {
        assertThat(importCsv("crm-flag", HEADER + ACME + BETA + GAMMA).counts().newCount()).isEqualTo(3);
        gamma = clientIdByVat("BE0417497106");
    }

    JsonNode clients(String query) throws Exception {
        String body = mvc.perform(get("/api/clients" + query).with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    static List<String> names(JsonNode clients) {
        List<String> names = new ArrayList<>();
        clients.forEach(c -> names.add(c.get("displayName").asText()));
        return names;
    }

    long version(long clientId) {
        return jdbc.queryForObject("SELECT row_version FROM client WHERE id = ?", Long.class, clientId);
    }

    List<Map<String, Object>> flagJournal() {
        return jdbc.queryForList("SELECT run_id, client_id, field, old_value, new_value FROM change_journal "
                + "WHERE action = 'FLAG' ORDER BY id");
    }

    long marks() {
        return count("only_in_store_mark");
    }

    @Test
    void aClientTheSourceNoLongerHasIsMarkedWithTheConnectorAndTheTimeAndCanBeListedAlone() throws Exception {
        Instant before = Instant.now();

        ImportRun run = importCsv("crm-flag", HEADER + ACME + BETA);

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().onlyInStore()).isEqualTo(1);
        JsonNode all = clients("");
        assertThat(names(all)).containsExactly("Acme SA", "Beta NV", "Gamma SRL");
        JsonNode mark = all.get(2).get("onlyInStore");
        assertThat(mark).hasSize(1);
        assertThat(mark.get(0).get("connector").asText()).isEqualTo("crm-flag");
        assertThat(mark.get(0).get("externalId").asText()).isEqualTo("R-3");
        assertThat(mark.get(0).get("runId").asLong()).isEqualTo(run.id());
        assertThat(Instant.parse(mark.get(0).get("since").asText())).isBetween(before, Instant.now());
        assertThat(all.get(0).get("onlyInStore")).isEmpty();
        assertThat(all.get(2).get("archived").asBoolean()).isFalse();
        assertThat(names(clients("?onlyInStore=true"))).containsExactly("Gamma SRL");
        assertThat(names(clients("?onlyInStore=crm-flag"))).containsExactly("Gamma SRL");
        assertThat(names(clients("?onlyInStore=office-b"))).isEmpty();
        assertThat(names(clients("?onlyInStore=false"))).containsExactly("Acme SA", "Beta NV");
    }

    @Test
    void settingTheMarkIsJournaledAndMovesTheClientsVersionSoThatSyncMarkersNoLongerHold() {
        long versionBefore = version(gamma);

        ImportRun run = importCsv("crm-flag", HEADER + ACME + BETA);

        assertThat(version(gamma)).isGreaterThan(versionBefore);
        assertThat(flagJournal()).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("RUN_ID", run.id()).containsEntry("CLIENT_ID", gamma)
                    .containsEntry("FIELD", "onlyInStore[R-3]").containsEntry("OLD_VALUE", null);
            assertThat(entry.get("NEW_VALUE")).isNotNull();
        });
    }

    @Test
    void aLaterRunWithoutTheClientKeepsTheFirstMarkAndWritesNothing() {
        ImportRun first = importCsv("crm-flag", HEADER + ACME + BETA);
        Map<String, Object> mark = jdbc.queryForMap("SELECT missing_since, run_id FROM only_in_store_mark");
        long versionAfterFirst = version(gamma);

        ImportRun second = importCsv("crm-flag", HEADER + ACME + BETA);

        assertThat(second.counts().onlyInStore()).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT missing_since, run_id FROM only_in_store_mark")).isEqualTo(mark)
                .containsEntry("RUN_ID", first.id());
        assertThat(version(gamma)).isEqualTo(versionAfterFirst);
        assertThat(flagJournal()).hasSize(1);
    }

    @Test
    void theMarkIsClearedWhenTheSourceBringsTheClientBackUnchanged() throws Exception {
        ImportRun flagging = importCsv("crm-flag", HEADER + ACME + BETA);
        long versionFlagged = version(gamma);

        ImportRun back = importCsv("crm-flag", HEADER + ACME + BETA + GAMMA);

        assertThat(back.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(back.counts().update()).isEqualTo(1);
        FieldChange cleared = rows.page(back.id(), Bucket.UPDATE, 0, 10).get(0).diff().get(0);
        assertThat(cleared.field().text()).isEqualTo("onlyInStore");
        assertThat(cleared.decision()).isEqualTo(Verdict.WRITE);
        assertThat(cleared.reason()).startsWith("back in the source");
        assertThat(marks()).isZero();
        assertThat(clients("?onlyInStore=true")).isEmpty();
        assertThat(version(gamma)).isGreaterThan(versionFlagged);
        assertThat(flagJournal()).hasSize(2).last().satisfies(entry -> assertThat(entry)
                .containsEntry("RUN_ID", back.id()).containsEntry("NEW_VALUE", null));
        assertThat(jdbc.queryForObject("SELECT prev_run_id FROM change_journal WHERE run_id = ? AND action = 'FLAG'",
                Long.class, back.id())).isEqualTo(flagging.id());
    }

    @Test
    void rollingBackTheRunThatSetTheMarkTakesItAway() {
        ImportRun flagging = importCsv("crm-flag", HEADER + ACME + BETA);
        long versionFlagged = version(gamma);

        RollbackResult result = rollbacks.rollback(flagging.id(), "user:test");

        assertThat(result.restoredFields()).isEqualTo(1);
        assertThat(marks()).isZero();
        assertThat(version(gamma)).isGreaterThan(versionFlagged);
    }

    @Test
    void rollingBackTheRunThatClearedTheMarkPutsItBackAsItWas() {
        ImportRun flagging = importCsv("crm-flag", HEADER + ACME + BETA);
        Map<String, Object> mark = jdbc.queryForMap("SELECT external_id, connector_id, client_id, missing_since, run_id "
                + "FROM only_in_store_mark");
        ImportRun back = importCsv("crm-flag", HEADER + ACME + BETA + GAMMA);
        assertThat(marks()).isZero();

        rollbacks.rollback(back.id(), "user:test");

        assertThat(jdbc.queryForMap("SELECT external_id, connector_id, client_id, missing_since, run_id "
                + "FROM only_in_store_mark")).isEqualTo(mark).containsEntry("RUN_ID", flagging.id());
    }

    @Test
    void underTheReviewGateTheMarkIsSetOnlyWhenThePersonApplies() {
        importCsv("review-flag", "Référence;Prénom;Nom\nV-1;Jan;Peeters\nV-2;Marie;Dubois\n");
        imports.apply(runs.list("review-flag", null, 0, 1).get(0).id(), "user:test");

        ImportRun waiting = importCsv("review-flag", "Référence;Prénom;Nom\nV-1;Jan;Peeters\n");

        assertThat(waiting.status()).isEqualTo(RunStatus.AWAITING_APPROVAL);
        assertThat(marks()).isZero();
        imports.apply(waiting.id(), "user:test");
        assertThat(jdbc.queryForObject("SELECT external_id FROM only_in_store_mark WHERE connector_id = 'review-flag'",
                String.class)).isEqualTo("V-2");
    }

    @Test
    void anOwnerWhoseSourceNoLongerHasTheClientNoLongerOwnsItsFields() {
        String officeGamma = "O-3;Gamma SRL;BE0417497106;";
        importCsv("office-b", HEADER + officeGamma + "Liège\n");
        ImportRun kept = importCsv("office-b", HEADER + officeGamma + "Mons\n");
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE id = ?", String.class, gamma)).isEqualTo("Liège");
        assertThat(kept.counts().update()).isZero();

        importCsv("crm-flag", HEADER + ACME + BETA);
        ImportRun written = importCsv("office-b", HEADER + officeGamma + "Mons\n");

        assertThat(written.counts().update()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE id = ?", String.class, gamma)).isEqualTo("Mons");
    }
}
