package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The handwritten demo file loads, holds ~30 relations, and only its documented invalid entries are invalid. */
class DemoSeedFileTest {

    private final SeedData demo = RelationSeed.demo();

    @Test
    void demoFileLoadsWithTasksThatPointAtItsRelations() {
        Set<String> ids = demo.relations().stream().map(Relation::id).collect(Collectors.toSet());

        assertThat(demo.relations()).hasSize(30);
        assertThat(ids).hasSize(30);
        assertThat(demo.tasks()).isNotEmpty().allSatisfy(task -> assertThat(ids).contains(task.relationId()));
        assertThat(demo.deliberatelyInvalid()).hasSize(2).allSatisfy((id, reason) -> assertThat(ids).contains(id));
    }

    @Test
    void numbersAndMailsAreValidExceptTheDocumentedOnes() {
        for (Relation relation : demo.relations()) {
            String reason = demo.deliberatelyInvalid().getOrDefault(relation.id(), "");
            if (relation.vatNumber() != null) {
                assertThat(BelgianChecks.validEnterpriseNumber(relation.vatNumber())).as(relation.name()).isTrue();
            }
            if (relation.nationalNumber() != null) {
                assertThat(BelgianChecks.validNationalNumber(relation.nationalNumber())).as(relation.name())
                        .isEqualTo(!reason.contains("national number"));
            }
            assertThat(BelgianChecks.plausibleEmail(relation.emails().get(0).address())).as(relation.name())
                    .isEqualTo(!reason.contains("e-mail"));
        }
    }
}
