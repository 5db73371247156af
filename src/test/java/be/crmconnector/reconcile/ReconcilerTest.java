package be.crmconnector.reconcile;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.ClientSnapshot.ContactSnapshot;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.FieldState;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.ownership.FieldRule;
import be.crmconnector.ownership.OwnershipRules;
import be.crmconnector.ownership.RuleBasedOwnershipPolicy;
import be.crmconnector.reconcile.Reconciler.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Which bucket a record lands in against the stored client, and the diff lines with their decisions and reasons. */
class ReconcilerTest {
    static final String CONNECTOR = "office-csv";
    static final Instant WRITTEN = Instant.parse("2026-05-02T10:00:00Z");
    static final Map<ContactField, String> ANNE = Map.of(ContactField.CONTACT_FIRST_NAME, "Anne",
            ContactField.CONTACT_LAST_NAME, "Lambert", ContactField.CONTACT_EMAIL, "Anne@Acme.be",
            ContactField.CONTACT_PHONE, "+32470123456");

    final Reconciler reconciler = new Reconciler(new RuleBasedOwnershipPolicy());

    static StagedRecord record(Map<ClientField, String> values, List<Map<ContactField, String>> contacts) {
        return new StagedRecord("C001", values, contacts);
    }

    /** A stored client whose fields were last written by this connector, without exclusive ownership. */
    static ClientSnapshot stored(Map<ClientField, String> values, List<ContactSnapshot> contacts) {
        Map<ClientField, FieldState> fields = new EnumMap<>(ClientField.class);
        values.forEach((field, value) -> fields.put(field, new FieldState(value, CONNECTOR, null, WRITTEN)));
        return new ClientSnapshot(1, fields, contacts, 3);
    }

    static OwnershipRules contactsRule(FieldRule rule) {
        return new OwnershipRules(FieldRule.PREFER_SOURCE, Map.of(FieldGroup.CONTACTS, rule), Map.of());
    }

    Outcome reconcile(OwnershipRules rules, StagedRecord record, ClientSnapshot stored) {
        return reconciler.reconcile(CONNECTOR, rules, record, stored, null);
    }

    @Test
    void aNewClientIsNewWithOneWritePerNonBlankValueAndOnePerContact() {
        StagedRecord incoming = record(Map.of(ClientField.FIRST_NAME, "Jan", ClientField.LAST_NAME, "Peeters",
                ClientField.CITY, ""), List.of(ANNE));

        Outcome outcome = reconcile(OwnershipRules.PREFER_SOURCE, incoming, null);

        assertThat(outcome.bucket()).isEqualTo(Bucket.NEW);
        assertThat(outcome.changes()).containsExactly(
                new FieldChange(FieldPath.of(ClientField.FIRST_NAME), "", "Jan", Verdict.WRITE, "new client"),
                new FieldChange(FieldPath.of(ClientField.LAST_NAME), "", "Peeters", Verdict.WRITE, "new client"),
                new FieldChange(FieldPath.contact("anne@acme.be"), "", "Anne Lambert <Anne@Acme.be> +32470123456",
                        Verdict.WRITE, "new client"));
    }

    @Test
    void aRecordEqualToTheStoreIsUnchangedWithNoDiff() {
        Map<ClientField, String> values = Map.of(ClientField.LAST_NAME, "Peeters", ClientField.CITY, "Gent");

        Outcome outcome = reconcile(OwnershipRules.PREFER_SOURCE, record(values, List.of()), stored(values, List.of()));

        assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void aChangedValueUnderPreferSourceIsAnUpdateWithOldNewAndReason() {
        Outcome outcome = reconcile(OwnershipRules.PREFER_SOURCE,
                record(Map.of(ClientField.LAST_NAME, "Peeters", ClientField.CITY, "Leuven"), List.of()),
                stored(Map.of(ClientField.LAST_NAME, "Peeters", ClientField.CITY, "Gent"), List.of()));

        assertThat(outcome.bucket()).isEqualTo(Bucket.UPDATE);
        assertThat(outcome.changes()).containsExactly(new FieldChange(FieldPath.of(ClientField.CITY), "Gent", "Leuven",
                Verdict.WRITE, "source value preferred"));
    }

    @Test
    void aBlankIncomingValueThatClearsNothingIsNotShown() {
        Outcome outcome = reconcile(OwnershipRules.PREFER_SOURCE,
                record(Map.of(ClientField.LAST_NAME, "Peeters", ClientField.CITY, ""), List.of()),
                stored(Map.of(ClientField.LAST_NAME, "Peeters", ClientField.CITY, "Gent"), List.of()));

        assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void aBlankIncomingValueThatClearsAnOwnedFieldIsShownAsAWrite() {
        OwnershipRules owner = new OwnershipRules(FieldRule.PREFER_SOURCE, Map.of(),
                Map.of(ClientField.CITY, FieldRule.SOURCE_OWNS));

        Outcome outcome = reconcile(owner, record(Map.of(ClientField.CITY, ""), List.of()),
                stored(Map.of(ClientField.CITY, "Gent"), List.of()));

        assertThat(outcome.bucket()).isEqualTo(Bucket.UPDATE);
        assertThat(outcome.changes()).containsExactly(new FieldChange(FieldPath.of(ClientField.CITY), "Gent", "",
                Verdict.WRITE, "owned by office-csv: a blank in the source clears it"));
    }

    @Test
    void aFieldOwnedExclusivelyByAnotherConnectorIsKeptWithItsOwnerAsReasonAndTheRecordStaysUnchanged() {
        Map<ClientField, FieldState> fields = new EnumMap<>(ClientField.class);
        fields.put(ClientField.VAT_NUMBER, new FieldState("BE0403019261", "adminpulse", "adminpulse", WRITTEN));
        ClientSnapshot ownedElsewhere = new ClientSnapshot(1, fields, List.of(), 3);

        Outcome outcome = reconcile(OwnershipRules.PREFER_SOURCE,
                record(Map.of(ClientField.VAT_NUMBER, "BE0202239951"), List.of()), ownedElsewhere);

        assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
        assertThat(outcome.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo(FieldPath.of(ClientField.VAT_NUMBER));
            assertThat(change.oldValue()).isEqualTo("BE0403019261");
            assertThat(change.newValue()).isEqualTo("BE0202239951");
            assertThat(change.decision()).isEqualTo(Verdict.KEEP);
            assertThat(change.reason()).startsWith("owned by adminpulse").isEqualTo("owned by adminpulse since 2026-05-02");
        });
    }

    @Test
    void aRecordWhoseOnlyDifferencesAreKeptIsUnchangedButShowsThem() {
        OwnershipRules storeOwnsCity = new OwnershipRules(FieldRule.PREFER_SOURCE, Map.of(),
                Map.of(ClientField.CITY, FieldRule.STORE_OWNS, ClientField.STREET, FieldRule.FILL_IF_BLANK));

        Outcome outcome = reconcile(storeOwnsCity,
                record(Map.of(ClientField.CITY, "Leuven", ClientField.STREET, "Kerkstraat 3"), List.of()),
                stored(Map.of(ClientField.CITY, "Gent", ClientField.STREET, "Veldstraat 1"), List.of()));

        assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
        assertThat(outcome.changes()).extracting(FieldChange::field, FieldChange::decision).containsExactly(
                tuple(FieldPath.of(ClientField.STREET), Verdict.KEEP),
                tuple(FieldPath.of(ClientField.CITY), Verdict.KEEP));
    }

    /** Contacts have no provenance per detail: the connector's contacts group rule decides every contact line. */
    @Nested
    class Contacts {
        final ContactSnapshot storedAnne = new ContactSnapshot(10, "anne@acme.be", Map.of(
                ContactField.CONTACT_FIRST_NAME, "Anne", ContactField.CONTACT_LAST_NAME, "Lambert",
                ContactField.CONTACT_EMAIL, "Anne@Acme.be", ContactField.CONTACT_PHONE, "+32470999999"));
        final FieldPath annesPhone = FieldPath.contact("anne@acme.be", ContactField.CONTACT_PHONE);

        Outcome anneWithANewPhoneUnder(FieldRule rule, ContactSnapshot stored) {
            return reconcile(contactsRule(rule), record(Map.of(), List.of(ANNE)),
                    ReconcilerTest.stored(Map.of(), List.of(stored)));
        }

        @Test
        void underStoreOwnsAChangedContactDetailIsKeptAndTheRecordStaysUnchanged() {
            Outcome outcome = anneWithANewPhoneUnder(FieldRule.STORE_OWNS, storedAnne);

            assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
            assertThat(outcome.changes()).containsExactly(new FieldChange(annesPhone, "+32470999999",
                    "+32470123456", Verdict.KEEP, "the store owns contacts for this connector"));
        }

        @Test
        void underManualReviewAChangedContactDetailWaitsForReview() {
            Outcome outcome = anneWithANewPhoneUnder(FieldRule.MANUAL_REVIEW, storedAnne);

            assertThat(outcome.bucket()).isEqualTo(Bucket.UPDATE);
            assertThat(outcome.changes()).containsExactly(new FieldChange(annesPhone, "+32470999999",
                    "+32470123456", Verdict.REVIEW, "contact changes wait for review"));
        }

        @Test
        void underFillIfBlankOnlyBlankContactDetailsAreFilled() {
            ContactSnapshot withoutPhone = new ContactSnapshot(10, "anne@acme.be", Map.of(
                    ContactField.CONTACT_FIRST_NAME, "Anne", ContactField.CONTACT_LAST_NAME, "Lambert-Dupont",
                    ContactField.CONTACT_EMAIL, "Anne@Acme.be"));

            Outcome outcome = anneWithANewPhoneUnder(FieldRule.FILL_IF_BLANK, withoutPhone);

            assertThat(outcome.bucket()).isEqualTo(Bucket.UPDATE);
            assertThat(outcome.changes()).containsExactly(
                    new FieldChange(FieldPath.contact("anne@acme.be", ContactField.CONTACT_LAST_NAME), "Lambert-Dupont",
                            "Lambert", Verdict.KEEP, "store already has a value"),
                    new FieldChange(annesPhone, "", "+32470123456", Verdict.WRITE,
                            "contact detail from the source; store was blank"));
        }

        @Test
        void aContactTheClientDoesNotHaveYetIsOneLineForTheWholeContact() {
            ContactSnapshot paul = new ContactSnapshot(11, "paul@acme.be", Map.of(ContactField.CONTACT_EMAIL,
                    "paul@acme.be"));

            Outcome outcome = anneWithANewPhoneUnder(FieldRule.PREFER_SOURCE, paul);

            assertThat(outcome.bucket()).isEqualTo(Bucket.UPDATE);
            assertThat(outcome.changes()).singleElement().satisfies(change -> {
                assertThat(change.field().text()).isEqualTo("contacts[anne@acme.be]");
                assertThat(change.oldValue()).isEmpty();
                assertThat(change.newValue()).isEqualTo("Anne Lambert <Anne@Acme.be> +32470123456");
                assertThat(change.decision()).isEqualTo(Verdict.WRITE);
                assertThat(change.reason()).isEqualTo("new contact");
            });
        }

        @Test
        void aNewContactIsKeptOutWhenTheStoreOwnsContacts() {
            Outcome outcome = reconcile(contactsRule(FieldRule.STORE_OWNS), record(Map.of(), List.of(ANNE)),
                    stored(Map.of(), List.of()));

            assertThat(outcome.bucket()).isEqualTo(Bucket.UNCHANGED);
            assertThat(outcome.changes()).extracting(change -> change.field().text(), FieldChange::decision)
                    .containsExactly(tuple("contacts[anne@acme.be]", Verdict.KEEP));
        }
    }
}
