package be.crmconnector.workspace;

import be.crmconnector.model.RecordIssue;
import be.crmconnector.staging.ErasedSubjects;

import java.time.LocalDate;
import java.util.List;

/** Why the workspace refused a person's change; the web layer answers each kind with its own problem status. */
public abstract sealed class WorkspaceException extends RuntimeException {

    WorkspaceException(String message) {
        super(message);
    }

    /** One or more fields break the rules imports obey: the same codes and messages (400). */
    public static final class Invalid extends WorkspaceException {
        private final List<RecordIssue> errors;

        public Invalid(List<RecordIssue> errors) {
            super(errors.size() == 1 ? "One field is not valid." : errors.size() + " fields are not valid.");
            this.errors = List.copyOf(errors);
        }

        public List<RecordIssue> errors() {
            return errors;
        }
    }

    /** The client looks like one already in the store (409) unless the caller confirms. */
    public static final class PossibleDuplicate extends WorkspaceException {
        private final long existingClientId;
        private final String matchedOn;

        public PossibleDuplicate(long existingClientId, String matchedOn) {
            super("Client " + existingClientId + " already has this " + matchedOn + ". Open it instead, or send the"
                    + " creation again with confirmDuplicate set to true.");
            this.existingClientId = existingClientId;
            this.matchedOn = matchedOn;
        }

        public long existingClientId() {
            return existingClientId;
        }

        public String matchedOn() {
            return matchedOn;
        }
    }

    /**
     * The person was erased at their request (GDPR) and a suppression still holds their national number or e-mail
     * (409): creating them again by hand would undo the erasure. Names the key's kind, never its value.
     */
    public static final class Erased extends WorkspaceException {
        private final long suppressionId;
        private final LocalDate erasedOn;
        private final String matchedOn;

        public Erased(long suppressionId, LocalDate erasedOn, String matchedOn) {
            super("This person was erased at their request (GDPR) on " + erasedOn + " and their " + matchedOn
                    + " is on the suppression list (rule " + ErasedSubjects.RULE + "). An administrator must lift"
                    + " suppression " + suppressionId + " (DELETE /api/suppressions/" + suppressionId
                    + "?reason=…) before it can be entered again.");
            this.suppressionId = suppressionId;
            this.erasedOn = erasedOn;
            this.matchedOn = matchedOn;
        }

        /** The rule imports name when they refuse the same person: {@value ErasedSubjects#RULE}. */
        public String rule() {
            return ErasedSubjects.RULE;
        }

        public long suppressionId() {
            return suppressionId;
        }

        public LocalDate erasedOn() {
            return erasedOn;
        }

        public String matchedOn() {
            return matchedOn;
        }
    }

    /** The edit was prepared on an older version of the client (412): nothing was written. */
    public static final class Stale extends WorkspaceException {
        private final long currentVersion;

        public Stale(long clientId, long expected, long currentVersion) {
            super("Client " + clientId + " changed since you opened it (your version " + expected + ", now "
                    + currentVersion + "). Reload it and make your change again.");
            this.currentVersion = currentVersion;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    /** The field belongs to a connector (SOURCE_OWNS): only an ADMIN, with a reason, may change it (403). */
    public static final class Owned extends WorkspaceException {
        public Owned(String field, String owner) {
            super("The field '" + field + "' is owned by the connector " + owner + ": only an administrator may"
                    + " change it, with a reason.");
        }
    }
}
