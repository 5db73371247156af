package be.crmconnector.validation;

import be.crmconnector.model.StagedRecord;
import be.crmconnector.model.RecordIssue;

import java.util.List;

/** A source record normalised and checked: the staged form plus every error and warning found. */
public record ValidatedRecord(StagedRecord staged, List<RecordIssue> issues) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(RecordIssue::isError);
    }

    public long warningCount() {
        return issues.stream().filter(i -> !i.isError()).count();
    }
}
