package be.crmconnector.staging;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.RunRowRepository.NewRow;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.support.Connectors;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first look at each record, without a store: what is counted, what is settled at once and what waits for
 * matching, and how a key seen twice is told apart from a key seen twice with other values.
 */
class TriageTest {
    final ConnectorDefinition connector = Connectors.fromYaml("id: crm-a\ntype: csv-drop\nmatchKeys: [vatNumber]\n");
    final SyncIndex markers = new SyncIndex();
    final InFileConflicts conflicts = new InFileConflicts();
    final Triage triage = new Triage(connector, new RecordValidator(new FieldCheckers()), markers, conflicts);

    static SourceRecord record(long line, String externalId, String lastName, String email) {
        return new SourceRecord(RecordPosition.line(line), externalId, Map.of(ClientField.FIRST_NAME, "Jan",
                ClientField.LAST_NAME, lastName, ClientField.EMAIL, email), List.of(), null, List.of(), Map.of());
    }

    @Test
    void aValidRecordWithAKeyWaitsForMatchingAndItsKeyIsSeen() {
        triage.accept(record(2, "C1", "Peeters", "jan@example.be"), 11);

        Triage.Batch batch = triage.take();
        assertThat(batch.ready()).isEmpty();
        assertThat(batch.toMatch()).containsOnlyKeys("C1");
        assertThat(triage.seenKeys.contains(RecordHashes.key("C1"))).isTrue();
        assertThat(triage.read).isEqualTo(1);
    }

    @Test
    void aRecordThatBreaksARuleIsInvalidAtOnceWithItsFinding() {
        triage.accept(record(3, "C1", "Peeters", "not-an-address"), 11);

        NewRow row = triage.take().ready().get(0);
        assertThat(row.bucket()).isEqualTo(Bucket.INVALID);
        assertThat(row.line()).isEqualTo(3);
        assertThat(row.issues()).extracting(RecordIssue::field).contains("email");
    }

    @Test
    void aRecordWithNothingToRecogniseItByIsInvalid() {
        triage.accept(record(4, "", "Peeters", "jan@example.be"), 11);

        assertThat(triage.take().ready()).singleElement().satisfies(row -> assertThat(row.issues())
                .extracting(RecordIssue::code).contains("NO_KEY"));
    }

    @Test
    void theSameRecordTwiceIsADuplicateInTheFileNamingTheFirstLine() {
        triage.accept(record(2, "C1", "Peeters", "jan@example.be"), 11);
        triage.accept(record(5, "C1", "Peeters", "jan@example.be"), 11);

        Triage.Batch batch = triage.take();
        assertThat(batch.toMatch()).containsOnlyKeys("C1");
        assertThat(batch.ready()).singleElement().satisfies(row -> {
            assertThat(row.bucket()).isEqualTo(Bucket.DUPLICATE_IN_FILE);
            assertThat(row.issues().get(0).message()).contains("as line 2");
        });
    }

    @Test
    void theSameKeyWithOtherValuesIsInvalidAndTheFirstRowIsLeftForSettling() {
        triage.accept(record(2, "C1", "Peeters", "jan@example.be"), 11);
        triage.accept(record(6, "C1", "Janssens", "jan@example.be"), 12);

        NewRow later = triage.take().ready().get(0);
        assertThat(later.bucket()).isEqualTo(Bucket.INVALID);
        assertThat(later.issues()).extracting(RecordIssue::code).contains(InFileConflicts.CODE);
        assertThat(later.issues().get(later.issues().size() - 1).message()).contains("line 2 and on line 6");
        assertThat(conflicts.firstRowsOnlyCounted()).singleElement().satisfies(first -> {
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.bucket()).isEqualTo(Bucket.INVALID);
        });
    }

    @Test
    void aRecordAValidMarkerKnowsIsCountedWithoutBeingValidated() {
        markers.add(99, RecordHashes.key("C1"), 7);

        triage.accept(record(2, "C1", "Peeters", "not-an-address"), 99);

        Triage.Batch batch = triage.take();
        assertThat(batch.size()).isZero();
        assertThat(triage.countedByMarker).isEqualTo(1);
        assertThat(triage.seenKeys.contains(RecordHashes.key("C1"))).isTrue();
    }

    @Test
    void aBatchIsFullAtItsSize() {
        for (int i = 0; i < Triage.BATCH - 1; i++) {
            triage.accept(record(i + 2, "C" + i, "Peeters", "jan@example.be"), i);
        }
        assertThat(triage.full()).isFalse();

        triage.accept(record(Triage.BATCH + 1, "LAST", "Peeters", "jan@example.be"), -1);

        assertThat(triage.full()).isTrue();
    }
}
