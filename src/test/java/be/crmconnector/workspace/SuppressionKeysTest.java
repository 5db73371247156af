package be.crmconnector.workspace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppression hashes are keyed, normalised like the store compares values, and kept apart per kind and connector. */
class SuppressionKeysTest {
    final SuppressionKeys keys = new SuppressionKeys("test-key-1");

    @Test
    void theSamePersonSpelledDifferentlyHashesAlikeAndAnotherKeyHashesOtherwise() {
        assertThat(keys.nationalNumber("85.07.30-033.28")).isEqualTo(keys.nationalNumber("85073003328"))
                .hasSize(64).isHexadecimal().doesNotContain("85073003328");
        assertThat(keys.email(" Jan.Peeters@Example.be ")).isEqualTo(keys.email("jan.peeters@example.be"));
        assertThat(keys.externalRef("office-csv", "C001")).isNotEqualTo(keys.externalRef("ap-all", "C001"));
        assertThat(keys.email("c001")).isNotEqualTo(keys.externalRef("office-csv", "c001"));
        assertThat(new SuppressionKeys("test-key-2").email("jan.peeters@example.be"))
                .isNotEqualTo(keys.email("jan.peeters@example.be"));
        assertThat(keys.nationalNumber(" ")).isNull();
        assertThat(keys.email(null)).isNull();
        assertThat(keys.externalRef("office-csv", "")).isNull();
    }
}
