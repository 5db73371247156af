package be.crmconnector.staging;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.validation.FieldCheckers;
import be.crmconnector.validation.RecordValidator;
import be.crmconnector.validation.ValidatedRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A contact whose e-mail is an erased person's is left out of its record with a warning that says where, not who. */
class ErasedContactsTest {
    static final String ERASED = "jan.peeters@example.be";
    final RecordValidator validator = new RecordValidator(new FieldCheckers());
    /** Erased: Jan's address, compared as the suppression list compares it (normalised, lower case). */
    final ErasedSubjects.Check erased = new ErasedSubjects.Check() {
        @Override
        public boolean erased(StagedRecord record) {
            return false;
        }

        @Override
        public boolean erasedEmail(String email) {
            return ERASED.equals(email.trim().toLowerCase(Locale.ROOT));
        }
    };

    static SourceRecord company(SourceContact... contacts) {
        return new SourceRecord(RecordPosition.line(2), "F100", Map.of(ClientField.COMPANY_NAME, "Peeters Bouw BV",
                ClientField.VAT_NUMBER, "BE0403019261"), List.of(contacts), null, List.of(),
                Map.of(ContactField.CONTACT_EMAIL.key(), "E-mail du contact"));
    }

    static SourceContact contact(long line, String firstName, String email) {
        return new SourceContact(line, Map.of(ContactField.CONTACT_FIRST_NAME, firstName,
                ContactField.CONTACT_LAST_NAME, "Peeters", ContactField.CONTACT_EMAIL, email));
    }

    @Test
    void theErasedContactIsLeftOutAndTheOtherKept() {
        SourceRecord source = company(contact(2, "An", "an.peeters@example.be"),
                contact(3, "Jan", " Jan.Peeters@Example.be"));

        ValidatedRecord checked = ErasedContacts.leftOut(source, validator.validate(List.of(), source), erased);

        assertThat(checked.staged().contacts()).singleElement()
                .satisfies(c -> assertThat(c).containsEntry(ContactField.CONTACT_FIRST_NAME, "An"));
        assertThat(checked.staged().values()).containsEntry(ClientField.COMPANY_NAME, "Peeters Bouw BV");
        assertThat(checked.hasErrors()).isFalse();
        assertThat(checked.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ErasedContacts.RULE);
            assertThat(issue.severity()).isEqualTo(RecordIssue.Severity.WARNING);
            assertThat(issue.line()).as("the contact's own line").isEqualTo(3);
            assertThat(issue.column()).isEqualTo("E-mail du contact");
            assertThat(issue.field()).isEqualTo("contactEmail");
            assertThat(issue.maskedValue()).isNull();
            assertThat(issue.message()).doesNotContainIgnoringCase("peeters").contains("left out");
        });
    }

    @Test
    void aRecordWithoutErasedContactsIsReturnedAsItIs() {
        SourceRecord source = company(contact(2, "An", "an.peeters@example.be"));
        ValidatedRecord validated = validator.validate(List.of(), source);

        assertThat(ErasedContacts.leftOut(source, validated, erased)).isSameAs(validated);
        assertThat(ErasedContacts.leftOut(source, validated, ErasedSubjects.Check.NOBODY)).isSameAs(validated);
    }
}
