package be.crmconnector.connector;

import be.crmconnector.model.ClientField;
import be.crmconnector.ownership.OwnershipRules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One connector instance, as an integrator wrote it in {@code connectors/<id>.yaml}: plain data the core reads. What
 * every connector has is here; what only its type has is in {@link #settings()}.
 *
 * @param id             stable kebab-case id; names the inbox folder, the routes and the provenance
 * @param type           connector type ({@code csv-drop}, {@code adminpulse}, …), as {@link ConnectorTypes} knows it
 * @param title          what people see in the console
 * @param enabled        disabled connectors are listed but start no route
 * @param sourceFile     the file it was read from, for error messages
 * @param mapping        field key → header (or column) aliases added to the built-in ones
 * @param matchKeys      keys tried, in order, after this connector's external id
 * @param identityConflict what happens to a record a match key found whose names disagree with the client's
 * @param defaults       values given to new clients and contact e-mails
 * @param gate           what happens after staging
 * @param onlyInStore    what to do with store clients of this connector the source no longer has
 * @param requiredFields fields a record must bring (beyond a derivable display name)
 * @param ownership      which fields this connector may write, field by field
 * @param thresholds     limits of the {@code auto-under-thresholds} gate
 * @param settings       the settings of the connector's type
 * @param notifications  who hears of the connector's runs, by mail and on Slack, and of which events
 */
public record ConnectorDefinition(
        String id,
        String type,
        String title,
        boolean enabled,
        Path sourceFile,
        Map<String, List<String>> mapping,
        List<MatchKey> matchKeys,
        IdentityConflictPolicy identityConflict,
        Defaults defaults,
        Gate gate,
        OnlyInStorePolicy onlyInStore,
        List<ClientField> requiredFields,
        OwnershipRules ownership,
        Thresholds thresholds,
        ConnectorSettings settings,
        Notifications notifications) {

    public ConnectorDefinition {
        notifications = notifications == null ? Notifications.NONE : notifications;
    }

    /** A connector that notifies nobody. */
    public ConnectorDefinition(String id, String type, String title, boolean enabled, Path sourceFile,
                               Map<String, List<String>> mapping, List<MatchKey> matchKeys,
                               IdentityConflictPolicy identityConflict, Defaults defaults, Gate gate,
                               OnlyInStorePolicy onlyInStore, List<ClientField> requiredFields,
                               OwnershipRules ownership, Thresholds thresholds, ConnectorSettings settings) {
        this(id, type, title, enabled, sourceFile, mapping, matchKeys, identityConflict, defaults, gate, onlyInStore,
                requiredFields, ownership, thresholds, settings, Notifications.NONE);
    }

    /** The type's settings, as the type that reads them knows them; a connector of another type is refused. */
    public <S extends ConnectorSettings> S settings(Class<S> type) {
        if (!type.isInstance(settings)) {
            throw new IllegalArgumentException("Connector " + id + " (" + this.type + ") has no "
                    + type.getSimpleName());
        }
        return type.cast(settings);
    }

    /** Whether the connector's type has settings of this kind: a file inbox, an API to sync from. */
    public boolean has(Class<? extends ConnectorSettings> type) {
        return type.isInstance(settings);
    }

    /** The same connector with other settings of its type. */
    public ConnectorDefinition withSettings(ConnectorSettings settings) {
        return new ConnectorDefinition(id, type, title, enabled, sourceFile, mapping, matchKeys, identityConflict,
                defaults, gate, onlyInStore, requiredFields, ownership, thresholds, settings, notifications);
    }

    /** The same connector, disabled: listed, but with no route and no sync. */
    public ConnectorDefinition disabled() {
        return new ConnectorDefinition(id, type, title, false, sourceFile, mapping, matchKeys, identityConflict,
                defaults, gate,
                onlyInStore, requiredFields, ownership, thresholds, settings, notifications);
    }

    /**
     * When the {@code auto-under-thresholds} gate stops a run for a person to approve.
     *
     * @param maxChangedShare largest share of matched clients (UPDATE / (UPDATE + UNCHANGED)) applied unattended
     * @param maxOnlyInStore  largest number of ONLY_IN_STORE clients applied unattended
     * @param allowReviewHits whether a MANUAL_REVIEW hit may be left waiting while the rest is applied
     */
    public record Thresholds(double maxChangedShare, long maxOnlyInStore, boolean allowReviewHits) {
        public static final Thresholds DEFAULT = new Thresholds(0.2, 50, false);
    }

    /** Keys used to find an existing client when this connector's external id is unknown. */
    public enum MatchKey {
        VAT_NUMBER(ClientField.VAT_NUMBER), NATIONAL_NUMBER(ClientField.NATIONAL_NUMBER), EMAIL(ClientField.EMAIL);

        private final ClientField field;

        MatchKey(ClientField field) {
            this.field = field;
        }

        public ClientField field() {
            return field;
        }
    }

    /**
     * A record found by a match key (not by this connector's own id) whose names disagree with the client found is
     * never applied by itself: its changes wait for a person ({@code REVIEW}), or the row is rejected
     * ({@code INVALID}, code {@code IDENTITY_CONFLICT}).
     */
    public enum IdentityConflictPolicy {
        REVIEW, INVALID
    }

    /** Values for new clients, and the toggles a new contact e-mail gets (the store owns them afterwards). */
    public record Defaults(String language, boolean login, boolean notifications, boolean emailSync) {
    }

    public enum Gate {
        AUTO, REVIEW, AUTO_UNDER_THRESHOLDS
    }

    /**
     * Run notifications of this connector (block {@code notifications} of its file).
     *
     * @param mailTo                e-mail addresses that get a mail per event
     * @param slackWebhookReference {@code ${NAME}} of the Slack incoming-webhook URL (a secret), or null
     * @param events                the events notified: run statuses (COMPLETED, COMPLETED_WITH_ERRORS, FAILED,
     *                              AWAITING_APPROVAL), the connector's routes going down or back up (ROUTE_DOWN,
     *                              ROUTE_UP) and its source pausing it on an API limit (PAUSED)
     */
    public record Notifications(List<String> mailTo, String slackWebhookReference, java.util.Set<String> events) {
        public static final java.util.Set<String> EVENTS = java.util.Set.of("COMPLETED", "COMPLETED_WITH_ERRORS",
                "FAILED", "AWAITING_APPROVAL", "ROUTE_DOWN", "ROUTE_UP", "PAUSED");
        public static final Notifications NONE = new Notifications(List.of(), null, java.util.Set.of());

        public boolean notifies(String event) {
            return events.contains(event) && (!mailTo.isEmpty() || slackWebhookReference != null);
        }
    }

    public enum OnlyInStorePolicy {
        IGNORE, FLAG, ARCHIVE
    }
}
