package be.crmconnector.reconcile;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ClientSnapshot;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.ContactKeys;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.model.FieldPath;
import be.crmconnector.model.FieldState;
import be.crmconnector.model.StagedRecord;
import be.crmconnector.ownership.Decision;
import be.crmconnector.ownership.Decision.Verdict;
import be.crmconnector.ownership.FieldRule;
import be.crmconnector.ownership.OwnershipPolicy;
import be.crmconnector.ownership.OwnershipRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares one staged record with what the store holds and says which bucket it lands in, with the per-field diff.
 * Every decision comes from the ownership policy; this class only finds what differs.
 */
public final class Reconciler {
    private final OwnershipPolicy policy;

    public Reconciler(OwnershipPolicy policy) {
        this.policy = policy;
    }

    public record Outcome(Bucket bucket, List<FieldChange> changes) {
    }

    /**
     * @param connectorId the connector that brought the record
     * @param rules       that connector's ownership rules
     * @param stored      the client the record was matched to, null for a new client
     */
    public Outcome reconcile(String connectorId, OwnershipRules rules, StagedRecord record, ClientSnapshot stored,
                             Instant changedAt) {
        if (stored == null) {
            return new Outcome(Bucket.NEW, creation(record));
        }
        List<FieldChange> changes = new ArrayList<>();
        record.values().forEach((field, incoming) -> {
            FieldState current = stored.field(field);
            if (Objects.equals(blankToEmpty(current.value()), incoming)) {
                return;
            }
            Decision decision = policy.decide(connectorId, rules.ruleFor(field), field, incoming, current, changedAt);
            if (incoming.isEmpty() && decision.verdict() == Verdict.KEEP) {
                return; // a blank that clears nothing is no change worth showing
            }
            changes.add(new FieldChange(FieldPath.of(field), blankToEmpty(current.value()), incoming,
                    decision.verdict(), decision.reason()));
        });
        record.custom().forEach((name, incoming) -> {
            FieldState current = stored.customField(name);
            if (Objects.equals(blankToEmpty(current.value()), incoming)) {
                return; // an unchanged custom value costs no write, like any field
            }
            Decision decision = policy.decide(connectorId, rules.ruleForCustom(name), null, incoming, current,
                    changedAt);
            if (incoming.isEmpty() && decision.verdict() == Verdict.KEEP) {
                return;
            }
            changes.add(new FieldChange(FieldPath.custom(name), blankToEmpty(current.value()), incoming,
                    decision.verdict(), decision.reason()));
        });
        String contactsOwner = stored.contactsOwner();
        contactChanges(rules.groupRule(FieldGroup.CONTACTS),
                contactsOwner != null && !contactsOwner.equals(connectorId) ? contactsOwner : null,
                record, stored, changes);
        boolean writes = changes.stream().anyMatch(c -> c.decision() != Verdict.KEEP);
        return new Outcome(writes ? Bucket.UPDATE : Bucket.UNCHANGED, changes);
    }

    private static List<FieldChange> creation(StagedRecord record) {
        List<FieldChange> changes = new ArrayList<>();
        record.values().forEach((field, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(FieldPath.of(field), "", value, Verdict.WRITE, "new client"));
            }
        });
        record.custom().forEach((name, value) -> {
            if (!value.isEmpty()) {
                changes.add(new FieldChange(FieldPath.custom(name), "", value, Verdict.WRITE, "new client"));
            }
        });
        for (Map<ContactField, String> contact : record.contacts()) {
            changes.add(new FieldChange(FieldPath.contact(ContactKeys.of(contact)), "", summary(contact),
                    Verdict.WRITE, "new client"));
        }
        return changes;
    }

    /**
     * Contacts have no provenance per detail, so the contacts group rule decides for all of them, unless another
     * connector ({@code ownedBy}, null when none) declares the contacts its own: then every contact change is kept.
     */
    private static void contactChanges(FieldRule rule, String ownedBy, StagedRecord record, ClientSnapshot stored,
                                       List<FieldChange> changes) {
        for (Map<ContactField, String> contact : record.contacts()) {
            String key = ContactKeys.of(contact);
            var existing = stored.contacts().stream().filter(c -> c.key().equals(key)).findFirst();
            if (existing.isEmpty()) {
                changes.add(contactChange(FieldPath.contact(key), "", summary(contact), rule, ownedBy, "new contact"));
                continue;
            }
            Map<ContactField, String> old = existing.get().values();
            contact.forEach((field, value) -> {
                String before = old.getOrDefault(field, "");
                if (!value.isEmpty() && !value.equals(before)) {
                    changes.add(contactChange(FieldPath.contact(key, field), before, value, rule, ownedBy,
                            "contact detail from the source"));
                }
            });
        }
    }

    private static FieldChange contactChange(FieldPath field, String old, String value, FieldRule rule, String ownedBy,
                                             String why) {
        if (ownedBy != null) {
            return new FieldChange(field, old, value, Verdict.KEEP, "owned by " + ownedBy + " (declared)");
        }
        return switch (rule) {
            case STORE_OWNS -> new FieldChange(field, old, value, Verdict.KEEP,
                    "the store owns contacts for this connector");
            case MANUAL_REVIEW -> new FieldChange(field, old, value, Verdict.REVIEW, "contact changes wait for review");
            case FILL_IF_BLANK -> old.isEmpty()
                    ? new FieldChange(field, old, value, Verdict.WRITE, why + "; store was blank")
                    : new FieldChange(field, old, value, Verdict.KEEP, "store already has a value");
            // Incoming blanks never reach here, so the writing rules agree: a non-blank source value is written.
            case SOURCE_OWNS, PREFER_SOURCE, MOST_RECENT -> new FieldChange(field, old, value, Verdict.WRITE, why);
        };
    }

    static String summary(Map<ContactField, String> contact) {
        StringBuilder text = new StringBuilder();
        append(text, contact.get(ContactField.CONTACT_FIRST_NAME));
        append(text, contact.get(ContactField.CONTACT_LAST_NAME));
        String email = contact.get(ContactField.CONTACT_EMAIL);
        if (email != null && !email.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append('<').append(email).append('>');
        }
        append(text, contact.get(ContactField.CONTACT_PHONE));
        if ("true".equals(contact.get(ContactField.CONTACT_PRIMARY))) {
            text.append(" (primary)");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(part);
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }
}
