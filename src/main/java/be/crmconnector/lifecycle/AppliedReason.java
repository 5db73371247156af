package be.crmconnector.lifecycle;

import be.crmconnector.apply.ApplyFindings;
import be.crmconnector.history.RunRowRepository;

import java.util.ArrayList;
import java.util.List;

/** The status reason of an applied run, in plain words: what was left out, why, and what a person can do. */
final class AppliedReason {
    private AppliedReason() {
    }

    /** Null when there is nothing to say: every row applied, nothing invalid, nothing overtaken, nobody invited. */
    static String of(long invalid, String actor, RunRowRepository.Applied counted, ApplyFindings.Findings findings) {
        List<String> parts = new ArrayList<>();
        if (invalid > 0) {
            parts.add(invalid + " record(s) invalid; see the error report");
        }
        if (counted.left() > 0) {
            parts.add(counted.applied() + " row(s) applied as selected by " + actor + "; " + counted.left()
                    + " row(s) not selected were left unapplied");
        }
        if (findings.staleChanges() > 0) {
            parts.add("The store changed under " + findings.staleRows() + " row(s) since staging: "
                    + findings.staleChanges() + " previewed change(s) were left as the store holds them now ("
                    + String.join(", ", findings.examples())
                    + (findings.staleChanges() > findings.examples().size() ? ", …" : "")
                    + "); stage the source again to review them");
        }
        if (findings.invitationsAsked() > 0) {
            parts.add(findings.invitationsAsked() + " invitation(s) asked for: queued in the outbox, each client "
                    + "stays NOT_SENT until its mail has left");
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }
}
