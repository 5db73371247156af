package be.crmconnector.connector;

import java.util.List;

/** The settings every connector file has, whatever its type, documented like the types' own (Kamelet style). */
public final class CommonParameters {
    public static final List<Parameter> ALL = List.of(
            Parameter.required("id", "Id", "string", "office-csv", "Stable kebab-case id: names the inbox folder, the "
                    + "routes and the provenance of what the connector writes."),
            Parameter.required("type", "Type", "string", "csv-drop", "The connector type, one of GET /api/connector-types."),
            Parameter.optional("title", "Title", "string", "<id>", "Office CSV drop folder", "What people see."),
            Parameter.optional("description", "Description", "string", null, "Customers exported by the office",
                    "A sentence for people; not used otherwise."),
            Parameter.optional("enabled", "Enabled", "boolean", "true", "true",
                    "A disabled connector is listed but starts no route."),
            Parameter.optional("mapping", "Mapping", "mapping", "{}", "{externalId: [numéro de client]}",
                    "Field → header aliases added to the built-in French, Dutch and English ones."),
            Parameter.optional("matchKeys", "Match keys", "list", "[vatNumber, nationalNumber, email]",
                    "[vatNumber, email]", "Keys tried in order, after the connector's own external id, to recognise "
                            + "a client the connector does not know yet."),
            Parameter.optional("identityConflict", "Identity conflicts", "string", "review", "invalid",
                    "A record a match key found whose names disagree with the client's (persons: first and last "
                            + "names; companies: company name; compared without accents, case or spaces) is never "
                            + "applied by itself: review (its changes wait for a person, and the run waits for "
                            + "approval whatever the gate) or invalid (the row is INVALID with IDENTITY_CONFLICT)."),
            Parameter.optional("defaults.language", "Default language", "string", null, "fr",
                    "Language of new clients without one: nl, fr, de or en."),
            Parameter.optional("defaults.contactEmail", "Toggles of new contact e-mails", "mapping",
                    "{login: false, notify: true, emailSync: false}", "{login: true}",
                    "Set on new contact e-mails only; the store owns them afterwards."),
            Parameter.optional("gate", "Gate", "string", "auto", "review",
                    "auto, review (stops at AWAITING_APPROVAL) or auto-under-thresholds."),
            Parameter.optional("onlyInStore", "Clients only in the store", "string", "ignore", "flag",
                    "What to do with the connector's clients the source no longer has: ignore, flag (mark them, "
                            + "shown and filterable in GET /api/clients with the connector and since when, until the "
                            + "source brings them back) or archive (never a hard delete)."),
            Parameter.optional("required", "Required fields", "list", "[]", "[email]",
                    "Fields every record must fill (a name is always required)."),
            Parameter.optional("ownership.default", "Default rule", "string", "PREFER_SOURCE", "FILL_IF_BLANK",
                    "SOURCE_OWNS, PREFER_SOURCE, FILL_IF_BLANK, MOST_RECENT, MANUAL_REVIEW or STORE_OWNS."),
            Parameter.optional("ownership.groups", "Group rules", "mapping", "{}",
                    "{contacts: PREFER_SOURCE, details: STORE_OWNS}",
                    "Rules per field group: details, contacts, account-managers."),
            Parameter.optional("ownership.fields", "Field rules", "mapping", "{}", "{vatNumber: SOURCE_OWNS}",
                    "Rules per field; they win over the group rules."),
            Parameter.optional("thresholds.maxChangedShare", "Largest changed share", "string", "0.2", "0.1",
                    "auto-under-thresholds: the largest share of matched clients a run may change unattended."),
            Parameter.optional("thresholds.maxOnlyInStore", "Most clients only in the store", "integer", "50", "10",
                    "auto-under-thresholds: the most clients only in the store a run may have unattended."),
            Parameter.optional("thresholds.allowReviewHits", "Allow review hits", "boolean", "false", "true",
                    "auto-under-thresholds: whether changes waiting for review may stay behind while the rest is "
                            + "applied."),
            Parameter.optional("notifications.mailTo", "Notified addresses", "list", "[]", "[office@example.be]",
                    "Who gets a mail when a run of this connector ends or waits for approval."),
            Parameter.optional("notifications.slackWebhook", "Slack webhook", "string", null, "${SLACK_WEBHOOK_URL}",
                    "A reference to the Slack incoming-webhook URL (a secret): one short message per event."),
            Parameter.optional("notifications.events", "Notified events", "list",
                    "[COMPLETED, COMPLETED_WITH_ERRORS, FAILED, AWAITING_APPROVAL]", "[FAILED, AWAITING_APPROVAL]",
                    "Which run events are notified."));

    private CommonParameters() {
    }
}
