package be.crmconnector.sources.sqlview.camel;

import be.crmconnector.connector.ConnectionCheck;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.sources.sqlview.SqlViewCheck;
import be.crmconnector.sources.sqlview.SqlViewSettings;
import be.crmconnector.sources.tabular.TabularSpec;
import org.springframework.stereotype.Component;

import java.util.Map;

/** "Test connection" of {@code sql-view} connectors, through the connector's own pool. */
@Component
public class SqlViewConnectionCheck implements ConnectionCheck {
    private final SqlViewSources sources;

    public SqlViewConnectionCheck(SqlViewSources sources) {
        this.sources = sources;
    }

    @Override
    public boolean supports(ConnectorDefinition connector) {
        return connector.has(SqlViewSettings.class);
    }

    @Override
    public Map<String, Object> check(ConnectorDefinition connector) {
        SqlViewSettings settings = connector.settings(SqlViewSettings.class);
        return SqlViewCheck.check(connector.id(), sources.of(connector), settings,
                new TabularSpec(connector.mapping(), connector.requiredFields(), settings.rows()));
    }
}
