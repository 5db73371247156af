package be.crmconnector.simulator.salesforce;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small SOQL subset the connector sends: {@code SELECT ... FROM Account|Contact [WHERE ...]}, optionally with
 * a {@code (SELECT ... FROM Contacts)} sub-query, and conditions joined by AND of the forms
 * {@code SystemModstamp >= 2026-01-01T00:00:00Z} (also {@code >}) and {@code Field = 'text'}. Anything else is a
 * 400 MALFORMED_QUERY, so a connector that sends more than the simulator understands notices.
 */
record SoqlQuery(String object, boolean withContacts, List<Condition> conditions) {

    private static final Pattern SHAPE = Pattern.compile(
            "(?is)^\\s*SELECT\\s+(.+?)\\s+FROM\\s+(Account|Contact)\\s*(?:WHERE\\s+(.+?))?\\s*(?:ORDER\\s+BY\\s+.+)?$");
    private static final Pattern SUB_QUERY = Pattern.compile("(?is)\\(\\s*SELECT\\s+.+?\\s+FROM\\s+Contacts\\s*\\)");
    private static final Pattern MODSTAMP = Pattern.compile("(?i)^SystemModstamp\\s*(>=|>)\\s*(\\S+)$");
    private static final Pattern EQUALS = Pattern.compile("(?i)^(\\w+)\\s*=\\s*'([^']*)'$");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)^(\\w+)\\s*=\\s*(true|false)$");

    record Condition(String field, String operator, Object value) {
    }

    static SoqlQuery parse(String soql) {
        String withoutSubQuery = SUB_QUERY.matcher(soql).replaceAll("SUBQUERY");
        Matcher shape = SHAPE.matcher(withoutSubQuery);
        if (!shape.matches()) {
            throw new IllegalArgumentException("unexpected token in query: " + soql);
        }
        List<Condition> conditions = new ArrayList<>();
        if (shape.group(3) != null) {
            for (String part : shape.group(3).split("(?i)\\s+AND\\s+")) {
                conditions.add(condition(part.trim()));
            }
        }
        return new SoqlQuery(shape.group(2), shape.group(1).contains("SUBQUERY"), conditions);
    }

    private static Condition condition(String text) {
        Matcher modstamp = MODSTAMP.matcher(text);
        if (modstamp.matches()) {
            Instant at = OffsetDateTime.parse(modstamp.group(2).replace("+0000", "Z"),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return new Condition("SystemModstamp", modstamp.group(1), at);
        }
        Matcher bool = BOOLEAN.matcher(text);
        if (bool.matches()) {
            return new Condition(bool.group(1), "=", Boolean.parseBoolean(bool.group(2)));
        }
        Matcher equals = EQUALS.matcher(text);
        if (equals.matches()) {
            return new Condition(equals.group(1), "=", equals.group(2));
        }
        throw new IllegalArgumentException("unexpected condition: " + text);
    }

    boolean matches(SfRecord record) {
        return conditions.stream().allMatch(c -> matches(c, record));
    }

    private static boolean matches(Condition condition, SfRecord record) {
        if (condition.field().equals("SystemModstamp")) {
            int compared = record.systemModstamp().compareTo((Instant) condition.value());
            return condition.operator().equals(">") ? compared > 0 : compared >= 0;
        }
        if (condition.field().equalsIgnoreCase("IsDeleted")) {
            return record.deleted() == (Boolean) condition.value();
        }
        return Objects.equals(String.valueOf(record.field(condition.field())), String.valueOf(condition.value()));
    }
}
