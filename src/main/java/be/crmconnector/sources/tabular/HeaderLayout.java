package be.crmconnector.sources.tabular;

import be.crmconnector.model.ClientField;
import be.crmconnector.normalise.TextNormaliser;
import be.crmconnector.model.SourceRejectedException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header row understood: which column holds which field, and which named columns hold none (they are listed in
 * the run's reading notes, never dropped silently). Built once per file; rejects headers that would make values land
 * in the wrong field (empty names, duplicates, missing required columns).
 */
public final class HeaderLayout {
    /** Characters of the unmapped-columns note, so that it fits the run's reading notes with the rest. */
    static final int UNMAPPED_NOTE_BUDGET = 3000;
    private static final int LONGEST_NAME_SHOWN = 60;

    final List<String> headers;
    final Map<Integer, String> fieldByColumn = new LinkedHashMap<>();
    final Map<String, String> columnLabelByField = new HashMap<>();
    private final List<Integer> unmappedColumns = new ArrayList<>();

    private HeaderLayout(List<String> headers) {
        this.headers = headers;
    }

    public static HeaderLayout of(List<String> rawHeaders, HeaderAliases aliases, TabularSpec spec) {
        // Control characters (CR/LF, ANSI escapes) are shown as '?': header names end up in reasons that are logged.
        List<String> headers = rawHeaders.stream().map(TextNormaliser::clean)
                .map(header -> header.replaceAll("\\p{Cc}", "?")).toList();
        HeaderLayout layout = new HeaderLayout(headers);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isEmpty()) {
                if (i == headers.size() - 1 && i > 0) {
                    continue; // a trailing delimiter after the last header is common in Excel exports
                }
                throw new SourceRejectedException("HEADER_EMPTY", 1, "Line 1, column " + (i + 1)
                        + ": this column has no name. Give every column a name or delete the empty column.");
            }
            Integer earlier = seen.put(TextNormaliser.foldForMatching(header), i);
            if (earlier != null) {
                throw new SourceRejectedException("HEADER_DUPLICATE", 1, "Line 1: the column name '" + header
                        + "' appears twice (columns " + (earlier + 1) + " and " + (i + 1)
                        + "). Rename or remove one of them.");
            }
            final int column = i;
            aliases.fieldFor(header).ifPresentOrElse(field -> layout.map(column, field, header),
                    () -> layout.unmappedColumns.add(column));
        }
        layout.requireColumns(spec);
        return layout;
    }

    private void map(int column, String field, String header) {
        if (columnLabelByField.containsKey(field)) {
            throw new SourceRejectedException("HEADER_DUPLICATE", 1, "Line 1: the columns '"
                    + columnLabelByField.get(field) + "' and '" + header + "' both mean the field '" + field
                    + "'. Keep only one of them.");
        }
        fieldByColumn.put(column, field);
        columnLabelByField.put(field, header + " (column " + (column + 1) + ")");
    }

    private void requireColumns(TabularSpec spec) {
        List<String> missing = new ArrayList<>();
        boolean hasName = has(ClientField.DISPLAY_NAME.key()) || has(ClientField.COMPANY_NAME.key())
                || has(ClientField.LAST_NAME.key()) || has(ClientField.FIRST_NAME.key());
        if (!hasName) {
            missing.add("a name (name, company, or first name and last name)");
        }
        for (ClientField field : spec.required()) {
            if (!has(field.key())) {
                missing.add(field.key());
            }
        }
        if (spec.settings().layout() == TabularSettings.Layout.CONTACT_PER_ROW
                && !has(spec.settings().clientKey())) {
            missing.add(spec.settings().clientKey() + " (the client key that groups contact rows)");
        }
        if (!missing.isEmpty()) {
            throw new SourceRejectedException("HEADER_MISSING_COLUMN", 1, "Line 1: required column missing: "
                    + String.join(", ", missing) + ". Columns found: " + String.join(", ", headers) + ".");
        }
    }

    /** Number of columns the header names. */
    public int width() {
        return headers.size();
    }

    /** The field key the column holds, or null when the column is not mapped. */
    public String fieldAt(int column) {
        return fieldByColumn.get(column);
    }

    /** How the field's column is named to people: header and column number. */
    public String columnLabel(String field) {
        return columnLabelByField.get(field);
    }

    boolean has(String field) {
        return columnLabelByField.containsKey(field);
    }

    /**
     * The named columns no field takes, for the run's reading notes: {@code "2 columns not imported (no field of that
     * name): 'Nom du groupe' (column 10), 'Reférence du groupe' (column 11)"}; empty when every column is mapped. A
     * very long list ends with how many more there are.
     */
    public String unmappedColumnsNote() {
        if (unmappedColumns.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder().append(unmappedColumns.size())
                .append(unmappedColumns.size() == 1 ? " column" : " columns")
                .append(" not imported (no field of that name): ");
        for (int i = 0; i < unmappedColumns.size(); i++) {
            int column = unmappedColumns.get(i);
            String name = headers.get(column);
            String shown = "'" + (name.length() <= LONGEST_NAME_SHOWN ? name : name.substring(0, LONGEST_NAME_SHOWN)
                    + "…") + "' (column " + (column + 1) + ")";
            if (note.length() + shown.length() > UNMAPPED_NOTE_BUDGET) {
                note.append("… and ").append(unmappedColumns.size() - i).append(" more");
                break;
            }
            note.append(i == 0 ? "" : ", ").append(shown);
        }
        return note.toString();
    }

}
