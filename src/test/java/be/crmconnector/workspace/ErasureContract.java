package be.crmconnector.workspace;

import be.crmconnector.support.TextInEveryColumn;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/** POST /api/clients/{id}/erase removes the person from every table, keeps run counts, is audited and ADMIN only. */
abstract class ErasureContract extends ErasureApiTest {

    @Test
    void afterErasureTheNationalNumberAndEmailAreInNoTextColumnOfAnyTable() throws Exception {
        upload(CSV);
        long jan = clientByReference("C001");
        editCity(jan, "Antwerpen");
        TextInEveryColumn scan = everyColumn();
        assertThat(scan.columns()).as("the scan reads the schema").contains(column("client", "email"),
                column("run_row", "payload"), column("change_journal", "old_value"),
                column("outbox_message", "body"), column("suppression_key", "key_hash"));
        assertThat(scan.whereFound(JAN_NUMBER)).as("before, the scan finds the national number").isNotEmpty();
        assertThat(scan.whereFound(JAN_EMAIL)).as("before, the scan finds the e-mail").isNotEmpty();

        Answer erased = erase(jan, "Erasure request by letter, ticket GDPR-14", ADMIN);

        assertThat(erased.status()).isEqualTo(200);
        assertThat(scan.whereFound(JAN_NUMBER)).as("columns still holding the national number").isEmpty();
        assertThat(scan.whereFound(JAN_EMAIL)).as("columns still holding the e-mail").isEmpty();
        assertThat(scan.whereFound("Peeters")).as("columns still holding the name").isEmpty();
        assertThat(getJson("/api/clients/" + jan, ADMIN).status()).isEqualTo(404);
        assertThat(clients()).isOne();
        assertThat(jdbc.queryForObject("SELECT city FROM client WHERE id = ?", String.class,
                clientByReference("C002"))).isEqualTo("Namur");
    }

    @Test
    void runCountsStayRightAndTheErasureIsAuditedWithoutTheData() throws Exception {
        upload(CSV);
        long jan = clientByReference("C001");
        editCity(jan, "Antwerpen");
        List<Map<String, Object>> runsBefore = runCounts();
        List<Map<String, Object>> rowsBefore = rowsPerBucket();

        Answer erased = erase(jan, "Erasure request by letter, ticket GDPR-14", ADMIN);

        assertThat(runCounts()).isEqualTo(runsBefore);
        assertThat(rowsPerBucket()).isEqualTo(rowsBefore);
        long touched = erased.body().get("rowsTouched").asLong();
        assertThat(touched).isGreaterThanOrEqualTo(6); // client, contact, e-mail, reference, run rows, journal
        assertThat(erased.body().at("/touched/client").asLong()).isOne();
        JsonNode audit = getJson("/api/erasures", ADMIN).body();
        assertThat(audit).hasSize(1);
        assertThat(audit.at("/0/action").asText()).isEqualTo("ERASE");
        assertThat(audit.at("/0/actor").asText()).isEqualTo("user:ada");
        assertThat(audit.at("/0/clientId").asLong()).isEqualTo(jan);
        assertThat(audit.at("/0/rowsTouched").asLong()).isEqualTo(touched);
        assertThat(audit.at("/0/reason").asText()).isEqualTo("Erasure request by letter, ticket GDPR-14");
        assertThat(audit.at("/0/occurredAt").asText()).isNotBlank();
        JsonNode suppressions = getJson("/api/suppressions", ADMIN).body();
        assertThat(suppressions).hasSize(1);
        assertThat(suppressions.at("/0/id").asLong()).isEqualTo(erased.body().get("suppressionId").asLong());
        assertThat(suppressions.at("/0/createdBy").asText()).isEqualTo("user:ada");
        List<String> kinds = new ArrayList<>();
        suppressions.at("/0/keys").forEach(key -> {
            kinds.add(key.get("kind").asText());
            assertThat(key.get("hashPrefix").asText()).hasSize(SuppressionList.SHOWN_PREFIX).isHexadecimal();
        });
        assertThat(kinds).containsExactlyInAnyOrder("NATIONAL_NUMBER", "EMAIL", "EXTERNAL_REF");
    }

    @Test
    void onlyAnAdminErasesListsOrLiftsSuppressions() throws Exception {
        upload(CSV);
        long jan = clientByReference("C001");
        for (RequestPostProcessor user : List.of(VIEWER, OPERATOR)) {
            assertThat(erase(jan, "ticket GDPR-14", user).status()).isEqualTo(403);
            assertThat(getJson("/api/suppressions", user).status()).isEqualTo(403);
            assertThat(getJson("/api/erasures", user).status()).isEqualTo(403);
            assertThat(call(delete("/api/suppressions/1"), user).status()).isEqualTo(403);
        }
        assertThat(clients()).isEqualTo(2);
        assertThat(count("suppression") + count("erasure_audit")).isZero();
    }

    @Test
    void aReasonIsRequiredAndMustNotHoldThePersonsIdentifiers() throws Exception {
        upload(CSV);
        long jan = clientByReference("C001");

        assertThat(erase(jan, " ", ADMIN).status()).isEqualTo(400);
        assertThat(erase(jan, "asked by JAN.PEETERS@example.be", ADMIN).status()).isEqualTo(400);
        assertThat(erase(jan, "for 85.07.30-033.28", ADMIN).status()).isEqualTo(400);
        assertThat(erase(404_404, "ticket GDPR-14", ADMIN).status()).isEqualTo(404);

        assertThat(clients()).isEqualTo(2);
        assertThat(count("suppression") + count("erasure_audit")).isZero();
    }

    @Test
    void theOpenApiDocumentDescribesTheErasureEndpointsWithExamples() throws Exception {
        JsonNode paths = getJson("/v3/api-docs", VIEWER).body().path("paths");

        JsonNode erase = paths.path("/api/clients/{id}/erase").path("post");
        assertThat(erase.path("summary").asText()).contains("ADMIN");
        assertThat(erase.at("/requestBody/content").toString()).contains("ticket GDPR");
        assertThat(erase.at("/responses/200/content").toString()).contains("suppressionId");
        assertThat(paths.at("/~1api~1suppressions/get/responses/200/content").toString()).contains("hashPrefix");
        assertThat(paths.at("/~1api~1suppressions~1{id}/delete/summary").asText()).contains("Lift");
    }

    private void editCity(long clientId, String city) throws Exception {
        long version = getJson("/api/clients/" + clientId, OPERATOR).body().get("version").asLong();
        Answer edited = patchJson("/api/clients/" + clientId, Map.of("version", version,
                "fields", Map.of("city", city)), OPERATOR);
        assertThat(edited.status()).isEqualTo(200);
    }

    private List<Map<String, Object>> runCounts() {
        return jdbc.queryForList("SELECT id, status, records_read, new_count, update_count, unchanged_count,"
                + " invalid_count, duplicate_in_file_count, only_in_store_count, warning_count, applied_count"
                + " FROM import_run ORDER BY id");
    }

    private List<Map<String, Object>> rowsPerBucket() {
        return jdbc.queryForList("SELECT run_id, bucket, COUNT(*) AS n FROM run_row GROUP BY run_id, bucket"
                + " ORDER BY run_id, bucket");
    }

    /** The name as the database's metadata spells it: upper case on H2, lower case on PostgreSQL. */
    private String column(String table, String column) {
        return everyColumn().columns().stream().filter(c -> c.equalsIgnoreCase(table + "." + column)).findFirst()
                .orElse(table + "." + column);
    }
}
