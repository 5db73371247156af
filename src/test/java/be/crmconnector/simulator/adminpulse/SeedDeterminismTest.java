package be.crmconnector.simulator.adminpulse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same seed and count always generate the same relations, tasks and invalid ids; another seed does not. */
class SeedDeterminismTest {

    @Test
    void sameSeedSameData() {
        SeedData first = RelationSeed.generate(42, 500);
        SeedData second = RelationSeed.generate(42, 500);

        assertThat(second).isEqualTo(first);
        assertThat(first.relations()).hasSize(500);
        assertThat(first.relations().stream().map(Relation::id)).doesNotHaveDuplicates();
        assertThat(first.tasks()).isNotEmpty();
    }

    @Test
    void differentSeedDifferentData() {
        assertThat(RelationSeed.generate(43, 50).relations()).isNotEqualTo(RelationSeed.generate(42, 50).relations());
    }
}
