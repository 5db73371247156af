package be.crmconnector.web;

import be.crmconnector.model.RecordIssue;
import be.crmconnector.workspace.WorkspaceException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client workspace's refusals as problem details: every failing field, the duplicate's id, the erased person's
 * suppression, the stale version.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 2) // before ApiErrors' broad handlers
public class WorkspaceProblems {

    /** An edit that names no version: it could overwrite anything, so it is not taken. */
    static final class VersionRequired extends RuntimeException {
        VersionRequired() {
            super("Say which version of the client you edited: send its ETag as If-Match, or version in the body.");
        }
    }

    @ExceptionHandler(WorkspaceException.Invalid.class)
    ProblemDetail invalid(WorkspaceException.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", issues(e.errors()));
        return problem;
    }

    @ExceptionHandler(WorkspaceException.PossibleDuplicate.class)
    ProblemDetail duplicate(WorkspaceException.PossibleDuplicate e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Possible duplicate");
        problem.setProperty("existingClientId", e.existingClientId());
        problem.setProperty("matchedOn", e.matchedOn());
        return problem;
    }

    @ExceptionHandler(WorkspaceException.Erased.class)
    ProblemDetail erased(WorkspaceException.Erased e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Erased person");
        problem.setProperty("rule", e.rule());
        problem.setProperty("erasedOn", e.erasedOn().toString());
        problem.setProperty("matchedOn", e.matchedOn());
        problem.setProperty("suppressionId", e.suppressionId());
        return problem;
    }

    @ExceptionHandler(WorkspaceException.Stale.class)
    ProblemDetail stale(WorkspaceException.Stale e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(WorkspaceException.Owned.class)
    ProblemDetail owned(WorkspaceException.Owned e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(VersionRequired.class)
    ProblemDetail versionRequired(VersionRequired e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
    }

    /** Findings as the API shows them: field, rule code, severity and message (values are never echoed). */
    static List<Map<String, Object>> issues(List<RecordIssue> issues) {
        return issues.stream().map(issue -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("field", issue.field());
            shown.put("code", issue.code());
            shown.put("severity", issue.severity().name());
            shown.put("message", issue.message());
            return shown;
        }).toList();
    }
}
