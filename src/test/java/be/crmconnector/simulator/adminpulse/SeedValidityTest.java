package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated enterprise and national numbers and e-mails are valid, except the documented 2 % broken on purpose. */
class SeedValidityTest {

    private final SeedData seed = RelationSeed.generate(42, 2000);
    private final Map<String, String> invalid = seed.deliberatelyInvalid();

    @Test
    void aboutTwoPercentAreDeliberatelyInvalid() {
        assertThat(invalid).hasSize(40);
        assertThat(invalid.values()).anyMatch(reason -> reason.contains("national number"))
                .anyMatch(reason -> reason.contains("e-mail"));
    }

    @Test
    void everyEnterpriseNumberIsValid() {
        List<String> vatNumbers = seed.relations().stream().map(Relation::vatNumber).filter(v -> v != null).toList();

        assertThat(vatNumbers).hasSizeGreaterThan(800).allMatch(BelgianChecks::validEnterpriseNumber);
        assertThat(vatNumbers).anyMatch(v -> v.startsWith("BE1"));
    }

    @Test
    void nationalNumbersAreValidUnlessDeliberatelyBroken() {
        for (Relation relation : seed.relations()) {
            if (relation.nationalNumber() == null) {
                continue;
            }
            boolean brokenOnPurpose = invalid.getOrDefault(relation.id(), "").contains("national number");
            assertThat(BelgianChecks.validNationalNumber(relation.nationalNumber()))
                    .as("%s %s", relation.id(), relation.nationalNumber()).isEqualTo(!brokenOnPurpose);
        }
    }

    @Test
    void emailsArePlausibleUnlessDeliberatelyBroken() {
        for (Relation relation : seed.relations()) {
            boolean brokenOnPurpose = invalid.getOrDefault(relation.id(), "").contains("e-mail");
            assertThat(BelgianChecks.plausibleEmail(relation.emails().get(0).address()))
                    .as("%s %s", relation.id(), relation.emails().get(0).address()).isEqualTo(!brokenOnPurpose);
        }
    }

    @Test
    void dataLooksBelgian() {
        Set<String> types = Set.of("Company", "SoleProprietor", "Person");
        assertThat(seed.relations()).allSatisfy(relation -> {
            assertThat(relation.type()).isIn(types);
            assertThat(relation.language()).isIn("nl", "fr", "de", "en");
            assertThat(relation.address().postalCode()).matches("[1-9]\\d{3}");
            assertThat(relation.phones()).allSatisfy(phone -> assertThat(phone.number()).startsWith("+32 "));
        });
        assertThat(seed.relations().stream().map(Relation::name))
                .anyMatch(n -> n.matches(".*[éèçëö].*"))
                .anyMatch(n -> n.endsWith(" BV")).anyMatch(n -> n.endsWith(" SRL"));
        assertThat(seed.relations().get(0).status()).isEqualTo("OwnCompany");
        assertThat(seed.tasks().stream().map(Task::templateName))
                .contains("Personenbelasting 2026", "Vennootschapsbelasting 2026", "BTW-aangifte Q3");
    }
}
