package be.crmconnector.sources.tabular;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.sources.csv.CsvRecordSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact rows of one client may fill a blank client or custom field; one that contradicts it is CLIENT_ROWS_DISAGREE. */
class ContactRowsOfOneClientMustAgreeTest {
    static final TabularSpec SPEC = new TabularSpec(Map.of("custom.segment", List.of("Segment")), List.of(),
            new TabularSettings("auto", "auto", TabularSettings.Layout.CONTACT_PER_ROW, "externalId", 1000, 200, 2000));

    @TempDir
    Path folder;

    private SourceRecord onlyRecord(String csv) throws IOException {
        Path file = Files.writeString(folder.resolve("contacts.csv"), csv);
        List<SourceRecord> records = new ArrayList<>();
        new CsvRecordSource(file, SPEC).forEach(records::add);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @Test
    void aLaterRowFillsBlankClientAndCustomFields() throws IOException {
        SourceRecord record = onlyRecord("Référence;Nom;Ville;Segment\nC1;Peeters;;\nC1;Peeters;Gent;SME\n");

        assertThat(record.issues()).isEmpty();
        assertThat(record.values()).containsEntry(ClientField.CITY, "Gent");
        assertThat(record.custom()).containsEntry("segment", "SME");
    }

    @Test
    void aLaterRowThatContradictsAClientOrCustomFieldIsAnErrorOnItsOwnLine() throws IOException {
        SourceRecord record = onlyRecord("Référence;Nom;Ville;Segment\nC1;Peeters;Gent;SME\nC1;Peeters;Brugge;Large\n");

        assertThat(record.issues()).extracting(RecordIssue::code, RecordIssue::line, RecordIssue::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CLIENT_ROWS_DISAGREE", 3L, "city"),
                        org.assertj.core.groups.Tuple.tuple("CLIENT_ROWS_DISAGREE", 3L, "custom.segment"));
        assertThat(record.values()).containsEntry(ClientField.CITY, "Gent");
        assertThat(record.custom()).containsEntry("segment", "SME");
    }
}
