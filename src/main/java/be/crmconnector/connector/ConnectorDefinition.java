package be.crmconnector.connector;

import be.crmconnector.sources.adminpulse.AdminPulseSettings;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.ownership.FieldRule;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One connector instance, as an integrator wrote it in {@code connectors/<id>.yaml}: plain data the core reads.
 *
 * @param id            stable kebab-case id; names the inbox folder, the routes and the provenance
 * @param type          connector type (csv-drop, …)
 * @param title         what people see in the console
 * @param enabled       disabled connectors are listed but start no route
 * @param sourceFile    the file it was read from, for error messages
 * @param inbox         the watched folder (file connectors)
 * @param csv           how files are read (file connectors)
 * @param mapping       field key → header aliases added to the built-in ones
 * @param matchKeys     keys tried, in order, after this connector's external id
 * @param defaults      values given to new clients and contact e-mails
 * @param gate          what happens after staging
 * @param onlyInStore   what to do with store clients of this connector the source no longer has
 * @param requiredFields fields a record must bring (beyond a derivable display name)
 * @param defaultRule   the ownership rule for fields without an override
 * @param fieldRules    per-field ownership overrides
 * @param groupRules    per-group ownership presets (details, contacts, account-managers); a field override wins
 * @param thresholds    limits of the {@code auto-under-thresholds} gate
 * @param adminpulse    settings of an {@code adminpulse} connector; null for other types
 * @param xlsx          how a spreadsheet is read ({@code xlsx-drop}); null means the first visible sheet
 */
public record ConnectorDefinition(
        String id,
        String type,
        String title,
        boolean enabled,
        Path sourceFile,
        Path inbox,
        CsvSettings csv,
        Map<String, List<String>> mapping,
        List<MatchKey> matchKeys,
        Defaults defaults,
        Gate gate,
        OnlyInStorePolicy onlyInStore,
        List<ClientField> requiredFields,
        FieldRule defaultRule,
        Map<ClientField, FieldRule> fieldRules,
        Map<FieldGroup, FieldRule> groupRules,
        Thresholds thresholds,
        AdminPulseSettings adminpulse,
        XlsxSettings xlsx) {

    /** A connector without API settings (file connectors). */
    public ConnectorDefinition(String id, String type, String title, boolean enabled, Path sourceFile, Path inbox,
                               CsvSettings csv, Map<String, List<String>> mapping, List<MatchKey> matchKeys,
                               Defaults defaults, Gate gate, OnlyInStorePolicy onlyInStore,
                               List<ClientField> requiredFields, FieldRule defaultRule,
                               Map<ClientField, FieldRule> fieldRules, Map<FieldGroup, FieldRule> groupRules,
                               Thresholds thresholds) {
        this(id, type, title, enabled, sourceFile, inbox, csv, mapping, matchKeys, defaults, gate, onlyInStore,
                requiredFields, defaultRule, fieldRules, groupRules, thresholds, null);
    }

    /** A connector without spreadsheet settings. */
    public ConnectorDefinition(String id, String type, String title, boolean enabled, Path sourceFile, Path inbox,
                               CsvSettings csv, Map<String, List<String>> mapping, List<MatchKey> matchKeys,
                               Defaults defaults, Gate gate, OnlyInStorePolicy onlyInStore,
                               List<ClientField> requiredFields, FieldRule defaultRule,
                               Map<ClientField, FieldRule> fieldRules, Map<FieldGroup, FieldRule> groupRules,
                               Thresholds thresholds, AdminPulseSettings adminpulse) {
        this(id, type, title, enabled, sourceFile, inbox, csv, mapping, matchKeys, defaults, gate, onlyInStore,
                requiredFields, defaultRule, fieldRules, groupRules, thresholds, adminpulse, null);
    }

    /** The field's own override, else its group's preset, else the connector's default. */
    public FieldRule ruleFor(ClientField field) {
        FieldRule own = fieldRules.get(field);
        return own != null ? own : groupRule(field.group());
    }

    public FieldRule groupRule(FieldGroup group) {
        return groupRules.getOrDefault(group, defaultRule);
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

    /** How a delimited file is read. {@code delimiter} and {@code charset} may be {@code auto}. */
    public record CsvSettings(String charset, String delimiter, Layout layout, String clientKey,
                              int maxRows, int maxColumns, int maxFieldLength) {
    }

    /** How a spreadsheet is read: the named sheet, or the first visible one when {@code sheet} is null. */
    public record XlsxSettings(String sheet) {
        public static final XlsxSettings FIRST_VISIBLE_SHEET = new XlsxSettings(null);
    }

    /** One row per client, or one row per contact grouped (consecutively) by a client key as in the Upflow seed. */
    public enum Layout {
        CLIENT_PER_ROW, CONTACT_PER_ROW
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

    /** Values for new clients, and the toggles a new contact e-mail gets (the store owns them afterwards). */
    public record Defaults(String language, boolean login, boolean notifications, boolean emailSync) {
    }

    public enum Gate {
        AUTO, REVIEW, AUTO_UNDER_THRESHOLDS
    }

    public enum OnlyInStorePolicy {
        IGNORE, FLAG, ARCHIVE
    }
}
