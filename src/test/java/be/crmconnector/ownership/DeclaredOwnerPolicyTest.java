package be.crmconnector.ownership;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldState;
import be.crmconnector.ownership.Decision.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A field another connector declares its own is kept whatever this connector's rule, and whoever wrote it. */
class DeclaredOwnerPolicyTest {
    static final Instant WRITTEN = Instant.parse("2026-05-02T10:00:00Z");
    final OwnershipPolicy policy = new RuleBasedOwnershipPolicy();

    @ParameterizedTest(name = "{0}")
    @EnumSource(FieldRule.class)
    void aValueWrittenByThisConnectorButDeclaredByAnotherIsKeptAsDeclared(FieldRule rule) {
        FieldState declaredElsewhere = new FieldState("Namur", "office-b", "api-a", WRITTEN);

        Decision decision = policy.decide("office-b", rule, ClientField.CITY, "Liège", declaredElsewhere, null);

        assertThat(decision).isEqualTo(new Decision(Verdict.KEEP, "owned by api-a (declared)"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FieldRule.class, names = {"PREFER_SOURCE", "FILL_IF_BLANK"})
    void aValueNobodyWroteIsTheDeclaredOwnersToo(FieldRule rule) {
        FieldState blankButDeclared = new FieldState("", null, "api-a", null);

        Decision decision = policy.decide("office-b", rule, ClientField.CITY, "Liège", blankButDeclared, null);

        assertThat(decision).isEqualTo(new Decision(Verdict.KEEP, "owned by api-a (declared)"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FieldRule.class, names = {"SOURCE_OWNS"})
    void theDeclaredOwnerWritesWhoeverWroteBefore(FieldRule rule) {
        FieldState writtenByAnother = new FieldState("Namur", "office-b", "api-a", WRITTEN);

        Decision decision = policy.decide("api-a", rule, ClientField.CITY, "Liège", writtenByAnother, null);

        assertThat(decision).isEqualTo(new Decision(Verdict.WRITE, "owned by api-a"));
    }
}
