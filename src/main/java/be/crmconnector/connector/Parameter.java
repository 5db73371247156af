package be.crmconnector.connector;

/**
 * One setting of a connector file, documented the way Kamelet properties are: what it is called in the file, a title
 * and a description for people, its type, its default (null when it has none) and whether it is a secret (then the
 * file may only hold a reference such as {@code ${ADMINPULSE_API_KEY}}, never the value).
 *
 * @param name    the setting's path in the connector file, e.g. {@code adminpulse.apiKey} or {@code inbox}
 * @param type    {@code string}, {@code integer}, {@code boolean}, {@code list} or {@code mapping}
 * @param example a value as an integrator would write it
 */
public record Parameter(String name, String title, String description, String type, String defaultValue,
                        boolean required, boolean secret, String example) {

    public static Parameter optional(String name, String title, String type, String defaultValue, String example,
                                     String description) {
        return new Parameter(name, title, description, type, defaultValue, false, false, example);
    }

    public static Parameter required(String name, String title, String type, String example, String description) {
        return new Parameter(name, title, description, type, null, true, false, example);
    }

    /** A required secret: the file holds a reference to an environment variable or a mounted secret. */
    public static Parameter secret(String name, String title, String example, String description) {
        return new Parameter(name, title, description, "string", null, true, true, example);
    }

    /** The name within its block: {@code apiKey} for {@code adminpulse.apiKey}. */
    public String key() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** The top-level entry of the connector file it sits in: {@code adminpulse} for {@code adminpulse.apiKey}. */
    public String block() {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
