package be.crmconnector.model;

/**
 * A problem found in one record: which rule, where (line, column, field), what value (already masked when
 * sensitive) and a message a non-technical person understands.
 */
public record RecordIssue(Severity severity, String code, long line, String column, String field,
                          String maskedValue, String message) {

    public enum Severity { ERROR, WARNING }

    public static RecordIssue error(String code, long line, String column, String field, String maskedValue,
                                    String message) {
        return new RecordIssue(Severity.ERROR, code, line, column, field, maskedValue, message);
    }

    public static RecordIssue warning(String code, long line, String column, String field, String maskedValue,
                                      String message) {
        return new RecordIssue(Severity.WARNING, code, line, column, field, maskedValue, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
