package be.crmconnector.workspace;

import be.crmconnector.staging.ErasedSubjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/** An erased person brought back by a file is staged INVALID (ERASED_SUBJECT) until an ADMIN lifts the suppression. */
abstract class ErasedSubjectReturnContract extends ErasureApiTest {

    @Test
    void reDroppingTheOriginalFileDoesNotRecreateTheErasedClient() throws Exception {
        upload(CSV);
        erase(clientByReference("C001"), "ticket GDPR-14", ADMIN);

        long runId = upload(CSV).get("runId").asLong();

        assertThat(clients()).isOne();
        assertThat(count("external_ref")).isOne();
        assertThat(erasedRows(runId)).isOne();
        assertThat(jdbc.queryForObject("SELECT invalid_count FROM import_run WHERE id = ?", Long.class, runId))
                .isOne();
        assertThat(everyColumn().whereFound(JAN_NUMBER)).as("columns holding the national number").isEmpty();
        assertThat(everyColumn().whereFound(JAN_EMAIL)).as("columns holding the e-mail").isEmpty();
    }

    @Test
    void theSamePersonUnderAnotherReferenceIsKnownByTheirEmailOrNationalNumber() throws Exception {
        upload(CSV);
        erase(clientByReference("C001"), "ticket GDPR-14", ADMIN);

        long runId = upload("""
                Référence;Prénom;Nom;E-mail;Langue;Numéro national
                X901;Jan;Peeters;JAN.PEETERS@EXAMPLE.BE;nl;
                X902;Jan;Peeters;;nl;85073003328
                """).get("runId").asLong();

        assertThat(erasedRows(runId)).isEqualTo(2);
        assertThat(clients()).isOne();
    }

    @Test
    void aCompanyNamingTheErasedPersonAsItsContactIsImportedWithoutThatContact() throws Exception {
        upload(CSV);
        erase(clientByReference("C001"), "ticket GDPR-14", ADMIN);

        long runId = upload("""
                Référence;Société;Numéro de TVA;E-mail;Langue;Contact first name;Contact last name;Contact email
                F100;Peeters Bouw BV;BE0403019261;info@peetersbouw.be;nl;Jan;Peeters;JAN.PEETERS@EXAMPLE.BE
                """).get("runId").asLong();

        assertThat(clientByReference("F100")).as("the company is imported").isPositive();
        java.util.Map<String, Object> row = jdbc.queryForMap("SELECT bucket, issues FROM run_row WHERE run_id = ?"
                + " AND record_key = 'F100'", runId);
        assertThat(row.get("bucket")).isEqualTo("NEW");
        assertThat((String) row.get("issues")).contains("ERASED_CONTACT", "Contact email");
        assertThat(everyColumn().whereFound(JAN_EMAIL)).as("columns holding the e-mail").isEmpty();
    }

    @Test
    void liftingTheSuppressionLetsThePersonComeBack() throws Exception {
        upload(CSV);
        long suppression = erase(clientByReference("C001"), "ticket GDPR-14", ADMIN).body()
                .get("suppressionId").asLong();

        assertThat(call(delete("/api/suppressions/" + suppression).param("reason", "client returned"), ADMIN)
                .status()).isEqualTo(204);
        assertThat(call(delete("/api/suppressions/" + suppression), ADMIN).status()).isEqualTo(404);
        assertThat(getJson("/api/suppressions", ADMIN).body()).isEmpty();
        JsonNode audit = getJson("/api/erasures", ADMIN).body();
        assertThat(audit.at("/1/action").asText()).isEqualTo("LIFT");
        assertThat(audit.at("/1/suppressionId").asLong()).isEqualTo(suppression);

        long runId = upload(CSV).get("runId").asLong();

        assertThat(erasedRows(runId)).isZero();
        assertThat(clients()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM client WHERE national_number = ? AND email_key = ?",
                Long.class, JAN_NUMBER, JAN_EMAIL)).isOne();
    }

    /** Rows of the run refused as an erased person: INVALID, with the rule, and nothing of the person kept. */
    private long erasedRows(long runId) {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("SELECT bucket, record_key, payload, issues"
                + " FROM run_row WHERE run_id = ? AND issues LIKE ?", runId, "%" + ErasedSubjects.RULE + "%");
        rows.forEach(row -> {
            assertThat(row.get("bucket")).isEqualTo("INVALID");
            assertThat(row.get("record_key")).isNull();
            assertThat(row.get("payload")).isNull();
        });
        return rows.size();
    }
}
