package be.crmconnector.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Base of the tests of custom fields mapped from a CSV drop: the connector segment-csv maps {@code Segment} to
 * {@code custom.segment} (CHOICE SME, Large, Private; it only fills a blank) and {@code Employees} to
 * {@code custom.employees} (NUMBER; the source's value is preferred).
 */
abstract class CustomFieldImports extends WorkspaceApiTest {
    static final String HEADER = "Référence;Prénom;Nom;E-mail;Segment;Employees\n";

    /** A file of Lies Wouters with this segment and number of employees. */
    static String lies(String segment, String employees) {
        return HEADER + "S-1;Lies;Wouters;lies.wouters@example.be;" + segment + ";" + employees + "\n";
    }

    /** Drops the file through the upload endpoint (as a drop) and answers the finished run. */
    JsonNode drop(String content, boolean reimport) throws Exception {
        var file = new MockMultipartFile("file", "segments.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        Answer answer = call(multipart("/api/connectors/segment-csv/files").file(file)
                .param("reimport", String.valueOf(reimport)), OPERATOR);
        assertThat(answer.status()).isEqualTo(201);
        return getJson("/api/runs/" + answer.body().get("runId").asLong(), OPERATOR).body();
    }

    long liesId() {
        return jdbc.queryForObject("SELECT id FROM client WHERE email_key = 'lies.wouters@example.be'", Long.class);
    }

    JsonNode customFields(long clientId) throws Exception {
        return getJson("/api/clients/" + clientId, VIEWER).body().get("customFields");
    }

    JsonNode rows(long runId, String bucket) throws Exception {
        return getJson("/api/runs/" + runId + "/rows?bucket=" + bucket, OPERATOR).body();
    }
}
