package be.crmconnector.workspace;

/**
 * The person making a change in the workspace.
 *
 * @param name  the login name; provenance records the change as {@code manual:<name>}
 * @param admin whether the person is an ADMIN (may override a connector's ownership, with a reason)
 */
public record Editor(String name, boolean admin) {

    /** The writer named in provenance and on the change's run: at most 64 characters, the column's size. */
    public String source() {
        String source = "manual:" + name;
        return source.length() <= 64 ? source : source.substring(0, 64);
    }

    /** The actor named in the journal, as the other API changes name it. */
    public String actor() {
        return "user:" + name;
    }
}
