package be.crmconnector.apply;

import be.crmconnector.history.RunRow;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.ContactKeys;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.reconcile.Bucket;
import be.crmconnector.reconcile.FieldChange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks a row's previewed changes against the client as it is now, when the store changed under the preview
 * since staging (another source, a person, an earlier run). A change is still valid while the store holds the value
 * the preview showed; a change whose new value the store already holds has nothing left to do; any other change
 * was overtaken by a write nobody reviewed against this preview, and is left out rather than undone blindly.
 */
final class BasisCheck {
    /** The details that make a contact's key: a contact is found by them, so they are never left out. */
    private static final Set<ContactField> CONTACT_KEY_DETAILS = Set.of(ContactField.CONTACT_EMAIL,
            ContactField.CONTACT_FIRST_NAME, ContactField.CONTACT_LAST_NAME);

    private BasisCheck() {
    }

    /** A change left out, with what the store holds now in its place. */
    record Stale(FieldChange change, String storeHolds) {
    }

    /** What is still to write, and what was overtaken. */
    record Checked(List<FieldChange> toWrite, List<Stale> stale) {
    }

    /**
     * @param changes the changes the row would write (WRITE decisions and a person's overrides), link aside
     * @param now     the client as the applying transaction reads it
     */
    static Checked recheck(List<FieldChange> changes, ClientSnapshot now) {
        List<FieldChange> toWrite = new ArrayList<>();
        List<Stale> stale = new ArrayList<>();
        for (FieldChange change : changes) {
            String current = current(change.field(), now);
            if (current == null || current.equals(change.oldValue())) {
                toWrite.add(change); // nothing to compare (a whole new contact, the link), or as previewed
            } else if (!current.equals(change.newValue())) {
                stale.add(new Stale(change, current));
            }
            // else: the store already holds the new value; nothing left to write
        }
        return new Checked(toWrite, stale);
    }

    /** The store's value now for the change's field; null when there is no single value to compare. */
    private static String current(FieldPath path, ClientSnapshot now) {
        if (path instanceof FieldPath.Client client) {
            String value = now.field(client.field()).value();
            return value == null ? "" : value;
        }
        if (path instanceof FieldPath.Custom custom) {
            return now.customField(custom.name()).value();
        }
        if (path instanceof FieldPath.Contact contact && contact.detail() != null
                && !CONTACT_KEY_DETAILS.contains(contact.detail())) {
            return now.contacts().stream().filter(c -> c.key().equals(contact.key())).findFirst()
                    .map(c -> c.values().getOrDefault(contact.detail(), "")).orElse("");
        }
        return null;
    }

    /** Whether an UPDATE row would link its key to the client a match key found. */
    static boolean links(RunRow row) {
        return row.bucket() == Bucket.UPDATE
                && row.diff().stream().anyMatch(c -> c.field() instanceof FieldPath.ExternalId);
    }

    /** The diff without its link, for a row whose key is linked to its client already. */
    static List<FieldChange> withoutLink(List<FieldChange> diff) {
        return diff.stream().filter(c -> !(c.field() instanceof FieldPath.ExternalId)).toList();
    }

    /**
     * A NEW row whose key another run created meanwhile, as changes to that client: every value the record brings,
     * previewed against blank, so that {@link #recheck} fills what is blank and leaves what the client holds.
     */
    static List<FieldChange> asNewValues(StagedRecord record) {
        List<FieldChange> changes = new ArrayList<>();
        record.values().forEach((field, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(FieldPath.of(field), "", value, Verdict.WRITE,
                        "created meanwhile by another run"));
            }
        });
        record.custom().forEach((name, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(FieldPath.custom(name), "", value, Verdict.WRITE,
                        "created meanwhile by another run"));
            }
        });
        record.contacts().forEach(c -> changes.add(new FieldChange(FieldPath.contact(ContactKeys.of(c)), "", "",
                Verdict.WRITE, "created meanwhile by another run")));
        return changes;
    }

    /**
     * The contact with only its checked details (and the ones that make its key): the others may have been changed
     * in the store since staging, and a blank never clears a stored detail. A contact that was new at staging has no
     * details of its own in the diff and is written whole.
     */
    static Map<ContactField, String> onlyChecked(Map<ContactField, String> contact, List<ContactField> checked) {
        if (checked == null) {
            return contact;
        }
        Map<ContactField, String> kept = new EnumMap<>(ContactField.class);
        contact.forEach((field, value) -> kept.put(field,
                checked.contains(field) || CONTACT_KEY_DETAILS.contains(field) ? value : ""));
        return kept;
    }
}
