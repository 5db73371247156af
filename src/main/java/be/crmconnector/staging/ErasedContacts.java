package be.crmconnector.staging;

import be.crmconnector.model.ContactField;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.validation.ValidatedRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A record's contacts whose e-mail is an erased person's are left out of it, each with a warning; the rest of the
 * record is imported. The company is not the person: refusing the whole row would lose a client who did nothing,
 * while keeping the contact would bring back someone who asked to be forgotten.
 */
final class ErasedContacts {
    static final String RULE = "ERASED_CONTACT";
    static final String MESSAGE = "This contact is a person erased from the store at their request (GDPR); the"
            + " contact was left out and the rest of the row imported. An administrator can lift the suppression if"
            + " the person is to come back.";

    private ErasedContacts() {
    }

    /** The record without its erased contacts, with one warning each; the same record when none is erased. */
    static ValidatedRecord leftOut(SourceRecord source, ValidatedRecord validated, ErasedSubjects.Check erased) {
        StagedRecord staged = validated.staged();
        // Every record passes here: nothing is copied unless one of its contacts is erased (the list is mostly empty).
        if (staged.contacts().stream().noneMatch(contact -> isErased(contact, erased))) {
            return validated;
        }
        List<Map<ContactField, String>> kept = new ArrayList<>(staged.contacts().size());
        List<RecordIssue> issues = new ArrayList<>(validated.issues());
        for (Map<ContactField, String> contact : staged.contacts()) {
            if (isErased(contact, erased)) {
                // Neither the address nor the name is kept: the warning says where, never who.
                issues.add(RecordIssue.warning(RULE, lineOf(source, contact.get(ContactField.CONTACT_EMAIL)),
                        source.columnOf(ContactField.CONTACT_EMAIL.key()), ContactField.CONTACT_EMAIL.key(), null,
                        MESSAGE));
            } else {
                kept.add(contact);
            }
        }
        return new ValidatedRecord(new StagedRecord(staged.externalId(), staged.values(), kept, staged.custom()),
                issues);
    }

    private static boolean isErased(Map<ContactField, String> contact, ErasedSubjects.Check erased) {
        String email = contact.getOrDefault(ContactField.CONTACT_EMAIL, "");
        return !email.isEmpty() && erased.erasedEmail(email);
    }

    /** The line the contact came from (a contact per row spreads a record over lines), else the record's line. */
    private static long lineOf(SourceRecord source, String email) {
        String address = email.toLowerCase(Locale.ROOT);
        return source.contacts().stream()
                .filter(c -> c.value(ContactField.CONTACT_EMAIL) != null
                        && c.value(ContactField.CONTACT_EMAIL).trim().toLowerCase(Locale.ROOT).equals(address))
                .mapToLong(SourceContact::line).findFirst().orElse(source.position().line());
    }
}
