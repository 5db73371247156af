package be.crmconnector.sources.adminpulse;

import java.util.List;

/**
 * The catalogue of {@code adminpulse} connector parameters, in the style of Kamelet properties: every parameter has
 * a title, a description, a default (null when required) and says whether it is a secret. It documents the
 * connector file and is served at {@code GET /api/connector-types/adminpulse}.
 */
public final class AdminPulseParameters {

    /** One parameter of the {@code adminpulse:} block. */
    public record Parameter(String name, String title, String description, String defaultValue, boolean required,
                            boolean secret, String example) {
    }

    public static final List<Parameter> ALL = List.of(
            new Parameter("baseUrl", "Base URL", "Address of the AdminPulse API, without a trailing slash.",
                    "https://api.adminpulse.be", false, false, "https://api.adminpulse.be"),
            new Parameter("apiKey", "API key", "Per-office API key, sent as 'Authorization: Bearer'. Give a reference "
                    + "to an environment variable or a mounted secret, never the key itself: connector files live in git.",
                    null, true, true, "${ADMINPULSE_API_KEY}"),
            new Parameter("schedule", "Schedule", "When to sync automatically, as a Spring cron expression with six "
                    + "fields (second minute hour day month weekday). Leave out for 'sync now' only.",
                    null, false, false, "0 0 6 * * MON-FRI"),
            new Parameter("pageSize", "Page size", "Relations asked per call; AdminPulse allows at most 400.",
                    "400", false, false, "400"),
            new Parameter("scope", "Scope", "'all' for every relation, or 'taskflow: <template name>' for the "
                    + "relations that have tasks of that template.", "all", false, false, "taskflow: Personenbelasting"),
            new Parameter("relationStatuses", "Relation statuses", "Which relations to import, by AdminPulse status: "
                    + "Customer, Prospect, OwnCompany, Other.", "[Customer]", false, false, "[Customer, Prospect]"),
            new Parameter("labelProfile", "Label from responsible employee", "Profile of the responsible employee "
                    + "whose name becomes the client's label (file manager).", "Responsible", false, false, "Responsible"));

    private AdminPulseParameters() {
    }
}
