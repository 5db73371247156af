package be.crmconnector.sources.tabular;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.CustomFieldCatalog;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.model.RecordIssue;
import be.crmconnector.model.RecordPosition;
import be.crmconnector.model.SourceContact;
import be.crmconnector.model.SourceRecord;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns rows of cells into records, whatever file they came from (delimited text or spreadsheet); in the contact
 * layout, consecutive rows with the same client key make one record.
 */
public final class RowAssembler {
    private final HeaderLayout layout;
    private final TabularSettings settings;
    private final Consumer<SourceRecord> consumer;
    private final boolean groupContacts;
    private final String clientKeyField;
    private Pending pending;

    public RowAssembler(HeaderLayout layout, TabularSettings settings, Consumer<SourceRecord> consumer) {
        this.layout = layout;
        this.settings = settings;
        this.consumer = consumer;
        this.groupContacts = settings.layout() == TabularSettings.Layout.CONTACT_PER_ROW;
        this.clientKeyField = settings.clientKey();
    }

    /** One physical row: its 1-based line (or spreadsheet row) number and its cells as text. */
    public void accept(long line, List<String> cells) {
        accept(line, cells, List.of());
    }

    /** As {@link #accept(long, List)}, with issues the reader already found in the row's cells. */
    public void accept(long line, List<String> cells, List<RecordIssue> cellIssues) {
        if (cells.stream().allMatch(cell -> TextNormaliser.clean(cell).isEmpty())) {
            return; // blank or ';;;' lines carry no record
        }
        Pending current = parse(line, cells);
        current.issues.addAll(cellIssues);
        if (groupContacts && pending != null && pending.clientKey != null && !pending.clientKey.isEmpty()
                && pending.clientKey.equals(current.clientKey)) {
            pending.merge(current);
            return;
        }
        flush();
        pending = current;
    }

    /** Emits the record still being assembled; call once after the last row. */
    public void flush() {
        if (pending != null) {
            consumer.accept(pending.toRecord(layout.columnLabelByField));
            pending = null;
        }
    }

    private Pending parse(long line, List<String> cells) {
        Pending row = new Pending(line);
        checkShape(line, cells, row.issues);
        for (var entry : layout.fieldByColumn.entrySet()) {
            int column = entry.getKey();
            String field = entry.getValue();
            String raw = column < cells.size() ? cells.get(column) : "";
            if (raw.length() > settings.maxFieldLength()) {
                row.issues.add(RecordIssue.error("FIELD_TOO_LONG", line, layout.columnLabelByField.get(field),
                        field, null, "The cell holds " + raw.length() + " characters; at most "
                                + settings.maxFieldLength() + " are accepted."));
                raw = "";
            }
            row.put(field, raw);
        }
        row.clientKey = groupContacts ? TextNormaliser.clean(row.rawValue(clientKeyField)) : null;
        return row;
    }

    private void checkShape(long line, List<String> cells, List<RecordIssue> issues) {
        int width = layout.headers.size();
        if (cells.size() > width) {
            for (int i = width; i < cells.size(); i++) {
                if (!TextNormaliser.clean(cells.get(i)).isEmpty()) {
                    issues.add(RecordIssue.error("EXTRA_CELLS", line, "column " + (i + 1), null, null,
                            "This row has a value in column " + (i + 1) + ", after the last named column ("
                                    + width + "). Values may have shifted: check for a separator typed inside "
                                    + "a cell, or name the extra column."));
                    return;
                }
            }
        } else if (cells.size() < width) {
            issues.add(RecordIssue.warning("MISSING_CELLS", line, "column " + (cells.size() + 1), null, null,
                    "This row has " + cells.size() + " cells where the header has " + width
                            + "; the missing cells at the end are read as empty."));
        }
    }

    /** A record being assembled from one or more rows. */
    private static final class Pending {
        final long line;
        long lastLine;
        final Map<ClientField, String> values = new EnumMap<>(ClientField.class);
        final Map<String, String> clientValueLines = new java.util.HashMap<>();
        final List<SourceContact> contacts = new ArrayList<>();
        final List<RecordIssue> issues = new ArrayList<>();
        final Map<ContactField, String> contact = new EnumMap<>(ContactField.class);
        /** Custom field name → raw value, for the columns mapped to {@code custom.<name>}. */
        final Map<String, String> custom = new java.util.TreeMap<>();
        String externalId;
        String clientKey;

        Pending(long line) {
            this.line = line;
            this.lastLine = line;
        }

        void put(String field, String raw) {
            if (field.equals(HeaderAliases.EXTERNAL_ID)) {
                externalId = raw;
                return;
            }
            if (CustomFieldCatalog.isCustomKey(field)) {
                custom.put(CustomFieldCatalog.nameOf(field), raw);
                return;
            }
            ClientField.byKey(field).ifPresentOrElse(
                    f -> values.put(f, raw),
                    () -> ContactField.byKey(field).ifPresent(f -> contact.put(f, raw)));
        }

        String rawValue(String field) {
            if (field.equals(HeaderAliases.EXTERNAL_ID)) {
                return externalId;
            }
            return ClientField.byKey(field).map(values::get).orElse(null);
        }

        /** A client value of a following row (named {@code key}): it fills a blank one, or contradicts it in error. */
        private <K> void mergeClientValue(Map<K, String> held, K field, String key, String value, long nextLine) {
            String mine = TextNormaliser.clean(held.get(field));
            String theirs = TextNormaliser.clean(value);
            if (mine.isEmpty() && !theirs.isEmpty()) {
                held.put(field, value);
            } else if (!theirs.isEmpty() && !mine.equals(theirs)) {
                issues.add(RecordIssue.error("CLIENT_ROWS_DISAGREE", nextLine, key, key, null,
                        "This contact row gives another " + key + " for client '" + clientKey + "' than line " + line
                                + ". Rows of one client must agree on client fields."));
            }
        }

        /** Adds a following contact row; client fields must agree, or the row is in error. */
        void merge(Pending next) {
            lastLine = next.line;
            issues.addAll(next.issues);
            next.values.forEach((field, value) -> mergeClientValue(values, field, field.key(), value, next.line));
            // A custom value is a client field too: a later row may fill it, never contradict it silently.
            next.custom.forEach((name, value) -> mergeClientValue(custom, name, CustomFieldCatalog.PREFIX + name, value,
                    next.line));
            if (!next.contact.isEmpty()) {
                contacts.add(new SourceContact(next.line, next.contact));
            }
        }

        SourceRecord toRecord(Map<String, String> columns) {
            List<SourceContact> all = new ArrayList<>();
            if (!contact.isEmpty()) {
                all.add(new SourceContact(line, contact));
            }
            all.addAll(contacts);
            all.removeIf(SourceContact::isEmpty);
            return new SourceRecord(new RecordPosition(line, lastLine), externalId, values, all, null, issues,
                    columns, custom);
        }
    }
}
