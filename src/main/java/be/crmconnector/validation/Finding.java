package be.crmconnector.validation;

import be.crmconnector.source.RecordIssue;

/** A rule broken by one value, before it is placed at a line and column. */
public record Finding(RecordIssue.Severity severity, String code, String message) {

    public static Finding error(String code, String message) {
        return new Finding(RecordIssue.Severity.ERROR, code, message);
    }

    public static Finding warning(String code, String message) {
        return new Finding(RecordIssue.Severity.WARNING, code, message);
    }

    public RecordIssue at(long line, String column, String field, String maskedValue) {
        return new RecordIssue(severity, code, line, column, field, maskedValue, message);
    }
}
