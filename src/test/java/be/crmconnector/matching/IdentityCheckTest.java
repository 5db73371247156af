package be.crmconnector.matching;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.FieldState;
import be.crmconnector.model.StagedRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When a client a match key found is somebody else: names compared folded and tolerantly, e-mail stricter. */
class IdentityCheckTest {

    /** What a side holds of a client's identity; blank cells of the tables arrive as null. */
    static Map<ClientField, String> names(String kind, String first, String last, String company) {
        first = first == null ? "" : first;
        last = last == null ? "" : last;
        company = company == null ? "" : company;
        Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        values.put(ClientField.KIND, kind);
        values.put(ClientField.FIRST_NAME, first);
        values.put(ClientField.LAST_NAME, last);
        values.put(ClientField.COMPANY_NAME, company);
        values.put(ClientField.DISPLAY_NAME, company.isEmpty() ? (first + " " + last).strip() : company);
        return values;
    }

    static ClientSnapshot stored(Map<ClientField, String> values) {
        Map<ClientField, FieldState> fields = new EnumMap<>(ClientField.class);
        values.forEach((field, value) -> fields.put(field, new FieldState(value, "seed", null, null)));
        return new ClientSnapshot(12, fields, List.of(), 0);
    }

    /** Columns: key | incoming kind, first, last, company | stored kind, first, last, company | conflict. */
    @ParameterizedTest(name = "{0}: {2} {3} {4} vs {6} {7} {8} -> conflict={9}")
    @CsvSource(delimiter = '|', textBlock = """
            NATIONAL_NUMBER | PERSON  | Inge     | Zero           |                 | PERSON  | Zoë   | De Smet | | true
            NATIONAL_NUMBER | PERSON  | ZOE      | de smet        |                 | PERSON  | Zoë   | De Smet | | false
            NATIONAL_NUMBER | PERSON  | Zoé      | DeSmet         |                 | PERSON  | Zoë   | De Smet | | false
            NATIONAL_NUMBER | PERSON  | Marie    | Peeters        |                 | PERSON  | Marie | Dubois  | | false
            NATIONAL_NUMBER | PERSON  | Mia      | Peeters-Dubois |                 | PERSON  | Marie | Dubois  | | false
            NATIONAL_NUMBER | PERSON  | De Smet  | Zoë            |                 | PERSON  | Zoë   | De Smet | | false
            NATIONAL_NUMBER | PERSON  | Zoë      | De Smett       |                 | PERSON  | Zoë   | De Smet | | false
            NATIONAL_NUMBER | PERSON  |          | De Smet        |                 | PERSON  | Zoë   | De Smet | | false
            NATIONAL_NUMBER | PERSON  | Inge     |                |                 | PERSON  | Zoë   | De Smet | | true
            VAT_NUMBER      | PERSON  | Jan      | Maes           |                 | PERSON  | Luc   | Peeters | | true
            EMAIL           | PERSON  | Jan      | De Smet        |                 | PERSON  | Zoë   | De Smet | | true
            EMAIL           | PERSON  | Zoe      | De Smet        |                 | PERSON  | Zoë   | De Smet | | false
            EMAIL           | PERSON  | Marie    | Peeters        |                 | PERSON  | Marie | Dubois  | | false
            EMAIL           | PERSON  | Marie-Claire | Dubois     |                 | PERSON  | Marie | Dubois  | | false
            EMAIL           | PERSON  | De Smet  | Zoë            |                 | PERSON  | Zoë   | De Smet | | false
            EMAIL           | PERSON  |          | De Smet        |                 | PERSON  | Jan   | De Smet | | false
            EMAIL           | PERSON  | Inge     | Zero           |                 | PERSON  | Zoë   | De Smet | | true
            """)
    void persons(ClientField key, String inKind, String inFirst, String inLast, String inCompany,
                 String stKind, String stFirst, String stLast, String stCompany, boolean conflict) {
        check(key, names(inKind, inFirst, inLast, inCompany), names(stKind, stFirst, stLast, stCompany), conflict);
    }

    @ParameterizedTest(name = "{0}: {1} vs {2} -> conflict={3}")
    @CsvSource(delimiter = '|', textBlock = """
            VAT_NUMBER | ACME sa                  | Acme SA                 | false
            VAT_NUMBER | Acme S.A.                | Acme                    | false
            VAT_NUMBER | Boulangerie Leonard      | Boulangerie Léonard SRL | false
            VAT_NUMBER | Acme Services            | Acme                    | false
            VAT_NUMBER | Beta NV                  | Acme SA                 | true
            VAT_NUMBER | Boulangerie Dupont       | Boulangerie Léonard SRL | true
            EMAIL      | Group Real Estate        | Group Finance           | true
            """)
    void companies(ClientField key, String incoming, String stored, boolean conflict) {
        check(key, names("COMPANY", "", "", incoming), names("COMPANY", "", "", stored), conflict);
    }

    @ParameterizedTest(name = "{0} {1} vs company {2} -> conflict={3}")
    @CsvSource(delimiter = '|', textBlock = """
            Jan | Peeters | Peeters Bouw | true
            Jan | Peeters | Jan Peeters  | false
            """)
    void aPersonAndACompanyCompareTheirDisplayNames(String first, String last, String company, boolean conflict) {
        check(ClientField.VAT_NUMBER, names("PERSON", first, last, ""), names("COMPANY", "", "", company), conflict);
    }

    static void check(ClientField key, Map<ClientField, String> incoming, Map<ClientField, String> client,
                      boolean conflict) {
        var found = IdentityCheck.conflict(key, new StagedRecord("X-1", incoming, List.of()), stored(client));

        assertThat(found.isPresent()).isEqualTo(conflict);
        found.ifPresent(c -> {
            assertThat(c.recordName()).isEqualTo(incoming.get(ClientField.DISPLAY_NAME));
            assertThat(c.clientName()).isEqualTo(client.get(ClientField.DISPLAY_NAME));
        });
    }
}
