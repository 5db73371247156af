package be.crmconnector.ownership;

/** What happens to one incoming field value, and why, in words shown in previews and history. */
public record Decision(Verdict verdict, String reason) {

    public enum Verdict { WRITE, KEEP, REVIEW }

    public static Decision write(String reason) {
        return new Decision(Verdict.WRITE, reason);
    }

    public static Decision keep(String reason) {
        return new Decision(Verdict.KEEP, reason);
    }

    public static Decision review(String reason) {
        return new Decision(Verdict.REVIEW, reason);
    }
}
