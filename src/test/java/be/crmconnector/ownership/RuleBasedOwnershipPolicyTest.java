package be.crmconnector.ownership;

import be.crmconnector.model.FieldState;

import be.crmconnector.model.ClientField;
import be.crmconnector.ownership.Decision.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every ownership rule against blank/set incoming and stored values, owned by another connector or not. */
class RuleBasedOwnershipPolicyTest {
    static final Instant WRITTEN = Instant.parse("2026-05-02T10:00:00Z");
    static final Instant NEWER = Instant.parse("2026-06-01T08:00:00Z");
    static final Instant OLDER = Instant.parse("2026-04-01T08:00:00Z");

    final OwnershipPolicy policy = new RuleBasedOwnershipPolicy();

    /** Columns: rule | incoming set | store set | owned by api-a | verdict | reason. */
    @ParameterizedTest(name = "{0} incoming={1} store={2} ownedByOther={3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            SOURCE_OWNS   | false | false | false | WRITE  | owned by csv-b: a blank in the source clears it
            SOURCE_OWNS   | false | true  | false | WRITE  | owned by csv-b: a blank in the source clears it
            SOURCE_OWNS   | true  | false | false | WRITE  | owned by csv-b
            SOURCE_OWNS   | true  | true  | false | WRITE  | owned by csv-b
            PREFER_SOURCE | false | false | false | KEEP   | blank in the source; a blank never clears a field csv-b does not own
            PREFER_SOURCE | false | true  | false | KEEP   | blank in the source; a blank never clears a field csv-b does not own
            PREFER_SOURCE | true  | false | false | WRITE  | source value preferred
            PREFER_SOURCE | true  | true  | false | WRITE  | source value preferred
            FILL_IF_BLANK | false | false | false | KEEP   | blank in the source
            FILL_IF_BLANK | false | true  | false | KEEP   | blank in the source
            FILL_IF_BLANK | true  | false | false | WRITE  | store was blank
            FILL_IF_BLANK | true  | true  | false | KEEP   | store already has a value; csv-b only fills blanks
            MOST_RECENT   | false | false | false | KEEP   | blank in the source
            MOST_RECENT   | false | true  | false | KEEP   | blank in the source
            MOST_RECENT   | true  | false | false | WRITE  | store was blank
            MOST_RECENT   | true  | true  | false | WRITE  | source changed on 2026-06-01, after the store's value since 2026-05-02
            MANUAL_REVIEW | false | false | false | KEEP   | blank in the source
            MANUAL_REVIEW | false | true  | false | KEEP   | blank in the source
            MANUAL_REVIEW | true  | false | false | REVIEW | changes to this field wait for a person's review
            MANUAL_REVIEW | true  | true  | false | REVIEW | changes to this field wait for a person's review
            STORE_OWNS    | false | false | false | KEEP   | the store owns this field
            STORE_OWNS    | false | true  | false | KEEP   | the store owns this field
            STORE_OWNS    | true  | false | false | KEEP   | the store owns this field
            STORE_OWNS    | true  | true  | false | KEEP   | the store owns this field
            SOURCE_OWNS   | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            SOURCE_OWNS   | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            SOURCE_OWNS   | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            SOURCE_OWNS   | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            PREFER_SOURCE | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            PREFER_SOURCE | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            PREFER_SOURCE | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            PREFER_SOURCE | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            FILL_IF_BLANK | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            FILL_IF_BLANK | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            FILL_IF_BLANK | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            FILL_IF_BLANK | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            MOST_RECENT   | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            MOST_RECENT   | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            MOST_RECENT   | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            MOST_RECENT   | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            MANUAL_REVIEW | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            MANUAL_REVIEW | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            MANUAL_REVIEW | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            MANUAL_REVIEW | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            STORE_OWNS    | false | false | true  | KEEP   | owned by api-a since 2026-05-02
            STORE_OWNS    | false | true  | true  | KEEP   | owned by api-a since 2026-05-02
            STORE_OWNS    | true  | false | true  | KEEP   | owned by api-a since 2026-05-02
            STORE_OWNS    | true  | true  | true  | KEEP   | owned by api-a since 2026-05-02
            """)
    void decidesEveryCombination(FieldRule rule, boolean incomingSet, boolean storeSet, boolean ownedByOther,
                                 Verdict verdict, String reason) {
        String stored = storeSet ? "old value" : "";
        FieldState current = ownedByOther
                ? new FieldState(stored, "api-a", "api-a", WRITTEN)
                : new FieldState(stored, storeSet ? "csv-b" : null, null, storeSet ? WRITTEN : null);

        Decision decision = policy.decide("csv-b", rule, ClientField.CITY, incomingSet ? "new value" : "", current,
                NEWER);

        assertThat(decision).isEqualTo(new Decision(verdict, reason));
    }

    /** MOST_RECENT against the change time the source gives: none, older than the store's, newer. */
    @ParameterizedTest(name = "MOST_RECENT changedAt={0} store={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            none  | true  | KEEP  | the source gives no change time, so it cannot be shown to be more recent
            none  | false | WRITE | store was blank
            older | true  | KEEP  | the store's value since 2026-05-02 is more recent than the source's (2026-04-01)
            newer | true  | WRITE | source changed on 2026-06-01, after the store's value since 2026-05-02
            """)
    void mostRecentComparesChangeTimes(String changed, boolean storeSet, Verdict verdict, String reason) {
        Instant changedAt = switch (changed) {
            case "older" -> OLDER;
            case "newer" -> NEWER;
            default -> null;
        };
        FieldState current = new FieldState(storeSet ? "old value" : "", "csv-b", null, WRITTEN);

        Decision decision = policy.decide("csv-b", FieldRule.MOST_RECENT, ClientField.CITY, "new value", current,
                changedAt);

        assertThat(decision).isEqualTo(new Decision(verdict, reason));
    }

    /** A field the connector itself owns is never "owned by another", whatever provenance says. */
    @ParameterizedTest(name = "{0} on its own field")
    @CsvSource({"SOURCE_OWNS,WRITE", "STORE_OWNS,KEEP"})
    void ownExclusiveFieldIsNotAnotherConnectors(FieldRule rule, Verdict verdict) {
        FieldState mine = new FieldState("old value", "csv-b", "csv-b", WRITTEN);

        Decision decision = policy.decide("csv-b", rule, ClientField.CITY, "new value", mine, NEWER);

        assertThat(decision.verdict()).isEqualTo(verdict);
    }
}
