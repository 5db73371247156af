package be.crmconnector.sources.adminpulse;

import be.crmconnector.model.RecordSource;
import be.crmconnector.model.SourceRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The spool gives back every relation, in order, exactly as it was appended, as often as it is read. */
class RelationFileTest {
    private final ObjectMapper json = new ObjectMapper();
    private final RelationMapper mapper = new RelationMapper(RelationMapperTest.SETTINGS);

    private JsonNode relation(int n, String name) {
        ObjectNode relation = json.createObjectNode().put("id", "R-" + n).put("type", "Company")
                .put("status", "Customer").put("name", name).put("uniqueIdentifier", "U" + n);
        relation.putObject("address").put("street", "Rue \"Haute\" " + n).put("postalCode", "1000")
                .put("city", "Bruxelles").put("country", "BE");
        return relation;
    }

    @Test
    void relationsComeBackInOrderWithNewlinesQuotesAndNonAsciiIntact() {
        List<JsonNode> appended = List.of(relation(1, "Ligne une\nligne deux"), relation(2, "Zoë – Łódź 😀"),
                relation(3, "Plain"));
        List<SourceRecord> expected = new ArrayList<>();
        for (int i = 0; i < appended.size(); i++) {
            expected.add(mapper.map(i + 1, appended.get(i)));
        }
        try (RelationFile spool = RelationFile.create("test")) {
            appended.forEach(spool::append);
            assertThat(spool.count()).isEqualTo(3);

            RecordSource source = spool.source(mapper, "notes");
            List<SourceRecord> first = new ArrayList<>();
            source.forEach(first::add);
            List<SourceRecord> second = new ArrayList<>();
            source.forEach(second::add);

            assertThat(first).containsExactlyElementsOf(expected);
            assertThat(second).containsExactlyElementsOf(expected);
            assertThat(source.readingNotes()).isEqualTo("notes");
        }
    }

    @Test
    void anEmptySpoolGivesNoRecords() {
        try (RelationFile spool = RelationFile.create("test")) {
            List<SourceRecord> records = new ArrayList<>();
            spool.source(mapper, "none").forEach(records::add);
            assertThat(records).isEmpty();
        }
    }
}
