package be.crmconnector.ownership;

import be.crmconnector.model.FieldState;

import be.crmconnector.model.ClientField;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The field-ownership rules of DESIGN §4. Another connector's exclusive ownership ({@code SOURCE_OWNS}) wins over
 * every rule of this connector, so two connectors never take turns overwriting a field. Ownership is declarative: the
 * owner's declaration alone makes the field its own on every client it knows, whether or not it ever wrote the value.
 */
public class RuleBasedOwnershipPolicy implements OwnershipPolicy {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Override
    public Decision decide(String connectorId, FieldRule rule, ClientField field, String incoming,
                           FieldState current, Instant changedAt) {
        String owner = current.owner();
        if (owner != null && !owner.equals(connectorId)) {
            return Decision.keep(ownedBy(owner, current));
        }
        boolean blank = incoming == null || incoming.isEmpty();
        return switch (rule) {
            case SOURCE_OWNS -> Decision.write(blank
                    ? "owned by " + connectorId + ": a blank in the source clears it"
                    : "owned by " + connectorId);
            case PREFER_SOURCE -> blank
                    ? Decision.keep("blank in the source; a blank never clears a field " + connectorId + " does not own")
                    : Decision.write("source value preferred");
            case FILL_IF_BLANK -> blank
                    ? Decision.keep("blank in the source")
                    : current.isBlank() ? Decision.write("store was blank")
                    : Decision.keep("store already has a value; " + connectorId + " only fills blanks");
            case MOST_RECENT -> blank || !current.isBlank() ? mostRecent(incoming, current, changedAt)
                    // A blank store has nothing more recent to lose, with or without a change time.
                    : Decision.write("store was blank");
            case MANUAL_REVIEW -> blank
                    ? Decision.keep("blank in the source")
                    : Decision.review("changes to this field wait for a person's review");
            case STORE_OWNS -> Decision.keep("the store owns this field");
        };
    }

    /**
     * "owned by A since 2026-05-02" when the owner wrote the value; "owned by A (declared)" when the value came from
     * elsewhere (another connector, a person, the client's creation) and only the owner's declaration protects it.
     */
    public static String ownedBy(String owner, FieldState current) {
        return "owned by " + owner + (owner.equals(current.writer()) ? since(current.writtenAt()) : " (declared)");
    }

    private static Decision mostRecent(String incoming, FieldState current, Instant changedAt) {
        if (incoming == null || incoming.isEmpty()) {
            return Decision.keep("blank in the source");
        }
        if (changedAt == null) {
            return Decision.keep("the source gives no change time, so it cannot be shown to be more recent");
        }
        if (current.writtenAt() == null || changedAt.isAfter(current.writtenAt())) {
            return Decision.write("source changed on " + DAY.format(changedAt) + ", after the store's value"
                    + since(current.writtenAt()));
        }
        return Decision.keep("the store's value" + since(current.writtenAt()) + " is more recent than the source's ("
                + DAY.format(changedAt) + ")");
    }

    private static String since(Instant writtenAt) {
        return writtenAt == null ? "" : " since " + DAY.format(writtenAt);
    }
}
