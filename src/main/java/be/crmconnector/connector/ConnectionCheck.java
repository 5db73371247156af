package be.crmconnector.connector;

import java.util.Map;

/** "Test connection" for connectors that read a remote source: can it be reached, and how do its columns map. */
public interface ConnectionCheck {

    /** Whether this connector's type can be tested. */
    boolean supports(ConnectorDefinition connector);

    /** A plain report: {@code reachable}, and what the type can tell (columns mapped, unmapped, a reason). */
    Map<String, Object> check(ConnectorDefinition connector);
}
