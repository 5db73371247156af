package be.crmconnector.sources.adminpulse;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.SourceRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Relation JSON → SourceRecord: kinds, names, numbers, address, first e-mail and phone, label, external id. */
class RelationMapperTest {
    static final AdminPulseSettings SETTINGS = new AdminPulseSettings("http://127.0.0.1:1", "${K}", null, 400, null,
            List.of("Customer"), "Responsible");
    final RelationMapper mapper = new RelationMapper(SETTINGS);
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aCompanyBecomesACompanyClient() throws Exception {
        SourceRecord record = mapper.map(7, json.readTree("""
                {"id":"r-1","type":"Company","status":"Customer","name":"Verstraete BV","language":"nl",
                 "vatNumber":"BE0765432146","nationalNumber":null,
                 "address":{"street":"Kouter 12","postalCode":"9000","city":"Gent","country":"BE"},
                 "emails":[{"address":"info@verstraete.be","type":"Work"},{"address":"b@x.be","type":"Invoicing"}],
                 "phones":[{"number":"+32 9 225 14 80","type":"Phone"}],
                 "responsibleEmployees":[{"name":"Jens Claes","profile":"Associate"},{"name":"Sofie V","profile":"Responsible"}],
                 "lastModified":"2025-11-03T08:12:44Z","someNewField":1}"""));

        assertThat(record.externalId()).isEqualTo("r-1");
        assertThat(record.position().line()).isEqualTo(7);
        assertThat(record.value(ClientField.KIND)).isEqualTo("company");
        assertThat(record.value(ClientField.COMPANY_NAME)).isEqualTo("Verstraete BV");
        assertThat(record.value(ClientField.VAT_NUMBER)).isEqualTo("BE0765432146");
        assertThat(record.has(ClientField.NATIONAL_NUMBER)).isFalse();
        assertThat(record.value(ClientField.CITY)).isEqualTo("Gent");
        assertThat(record.value(ClientField.EMAIL)).isEqualTo("info@verstraete.be");
        assertThat(record.value(ClientField.PHONE)).isEqualTo("+32 9 225 14 80");
        assertThat(record.value(ClientField.LABEL)).isEqualTo("Sofie V");
        assertThat(record.changedAt()).hasToString("2025-11-03T08:12:44Z");
        assertThat(record.issues()).isEmpty();
    }

    @Test
    void personsAndSoleProprietorsBecomePersonClientsWithTheirNationalNumber() throws Exception {
        SourceRecord person = mapper.map(1, json.readTree("""
                {"id":"r-2","type":"Person","firstName":"Jan","lastName":"Peeters","language":"nl",
                 "nationalNumber":"85.07.30-033.28","address":null,"emails":[],"phones":[],"responsibleEmployees":[]}"""));
        SourceRecord sole = mapper.map(2, json.readTree("""
                {"id":"r-3","type":"SoleProprietor","firstName":"An","lastName":"Maes","commercialName":"Bakkerij An",
                 "vatNumber":"BE0403019261","nationalNumber":"92021412840"}"""));

        assertThat(person.value(ClientField.KIND)).isEqualTo("person");
        assertThat(person.value(ClientField.FIRST_NAME)).isEqualTo("Jan");
        assertThat(person.value(ClientField.NATIONAL_NUMBER)).isEqualTo("85.07.30-033.28");
        assertThat(person.value(ClientField.EMAIL)).isEmpty();
        assertThat(person.has(ClientField.VAT_NUMBER)).isFalse();
        assertThat(sole.value(ClientField.KIND)).isEqualTo("person");
        assertThat(sole.value(ClientField.COMPANY_NAME)).isEqualTo("Bakkerij An");
        assertThat(sole.value(ClientField.VAT_NUMBER)).isEqualTo("BE0403019261");
    }

    @Test
    void anUnknownTypeOrAMissingIdIsAnErrorOnTheRecord() throws Exception {
        SourceRecord record = mapper.map(3, json.readTree("{\"type\":\"Alien\"}"));

        assertThat(record.externalId()).isNull();
        assertThat(record.issues()).extracting(i -> i.code())
                .containsExactlyInAnyOrder("ADMINPULSE_TYPE_UNKNOWN", "ADMINPULSE_ID_MISSING");
    }
}
