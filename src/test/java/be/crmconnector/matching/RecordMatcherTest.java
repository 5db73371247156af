package be.crmconnector.matching;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.model.ClientField;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.support.Connectors;
import be.crmconnector.support.PlainStore;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching a batch to store clients: by the connector's own external id first, then by its match keys in order; a key
 * that fits several clients, or a client the connector already knows by another record, is a problem, not a guess.
 */
class RecordMatcherTest {
    final PlainStore store = PlainStore.h2();
    final RecordMatcher matcher = new RecordMatcher(store.clients.lookup());
    final ConnectorDefinition connector = Connectors.fromYaml("""
            id: crm-a
            type: csv-drop
            matchKeys: [vatNumber, email]
            """);

    static StagedRecord record(String externalId, String vat, String email) {
        return new StagedRecord(externalId, Map.of(ClientField.VAT_NUMBER, vat, ClientField.EMAIL, email), List.of());
    }

    Map<String, RecordMatcher.Match> match(StagedRecord... records) {
        Map<String, StagedRecord> byKey = new LinkedHashMap<>();
        for (StagedRecord record : records) {
            byKey.put(record.externalId(), record);
        }
        return matcher.match(connector, byKey);
    }

    @Test
    void theConnectorsOwnExternalIdWinsAndSaysTheClientIsLinked() {
        long linked = store.client(Map.of(ClientField.DISPLAY_NAME, "Linked", ClientField.VAT_NUMBER, "BE0403019261"));
        store.link("crm-a", "A-1", linked);
        store.client(Map.of(ClientField.DISPLAY_NAME, "Other", ClientField.VAT_NUMBER, "BE0202239951"));

        RecordMatcher.Match match = match(record("A-1", "BE0202239951", "")).get("A-1");

        assertThat(match).isEqualTo(new RecordMatcher.Match(linked, true, null, null));
    }

    @Test
    void aClientTheConnectorDoesNotKnowIsFoundByItsVatNumberThenByItsEmailWhateverTheCaseNamingTheKey() {
        long byVat = store.client(Map.of(ClientField.DISPLAY_NAME, "By VAT", ClientField.VAT_NUMBER, "BE0403019261"));
        long byEmail = store.client(Map.of(ClientField.DISPLAY_NAME, "By e-mail",
                ClientField.EMAIL, "Marie.Dubois@Example.be"));

        Map<String, RecordMatcher.Match> matches = match(record("N-1", "BE0403019261", ""),
                record("N-2", "", "marie.dubois@example.be"), record("N-3", "BE0999999999", "nobody@example.be"));

        assertThat(matches.get("N-1")).isEqualTo(new RecordMatcher.Match(byVat, false, ClientField.VAT_NUMBER, null));
        assertThat(matches.get("N-2")).isEqualTo(new RecordMatcher.Match(byEmail, false, ClientField.EMAIL, null));
        assertThat(matches.get("N-3")).isEqualTo(new RecordMatcher.Match(null, false, null, null));
    }

    @Test
    void aKeyThatFitsTwoClientsIsAProblemNamingBoth() {
        long first = store.client(Map.of(ClientField.DISPLAY_NAME, "One", ClientField.EMAIL, "shared@example.be"));
        long second = store.client(Map.of(ClientField.DISPLAY_NAME, "Two", ClientField.EMAIL, "shared@example.be"));

        RecordMatcher.Match match = match(record("N-1", "", "shared@example.be")).get("N-1");

        assertThat(match.clientId()).isNull();
        assertThat(match.problem()).contains("email fits 2 clients").contains(String.valueOf(first))
                .contains(String.valueOf(second));
    }

    @Test
    void aClientTheConnectorKnowsByAnotherRecordIsNotTakenOverByAMatchKey() {
        long known = store.client(Map.of(ClientField.DISPLAY_NAME, "Known", ClientField.VAT_NUMBER, "BE0403019261"));
        store.link("crm-a", "A-1", known);

        RecordMatcher.Match match = match(record("X-99", "BE0403019261", "")).get("X-99");

        assertThat(match.clientId()).isNull();
        assertThat(match.problem()).contains("already knows as 'A-1'");
    }
}
