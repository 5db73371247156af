package be.crmconnector.sources.sqlview.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.sources.sqlview.SqlViewSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One small pool per {@code sql-view} connector, made on first use and bound in Camel's registry as
 * {@code <connector-id>-source-db} (so that a route step added by an integrator can use it). Never a Spring
 * {@code DataSource} bean: one would switch off the store's auto-configured DataSource.
 */
@Component
public class SqlViewSources implements DisposableBean {
    private final Map<String, HikariDataSource> pools = new ConcurrentHashMap<>();
    private final Environment environment;
    private final CamelContext camel;
    private final long connectTimeoutMillis;

    public SqlViewSources(Environment environment, CamelContext camel,
                          @Value("${crm.sql-view.connect-timeout-ms:10000}") long connectTimeoutMillis) {
        this.environment = environment;
        this.camel = camel;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public static String registryName(String connectorId) {
        return connectorId + "-source-db";
    }

    /** The connector's pool; its user and password references are resolved now, never stored in the settings. */
    public DataSource of(ConnectorDefinition connector) {
        return pools.computeIfAbsent(connector.id(), id -> {
            SqlViewSettings settings = connector.settings(SqlViewSettings.class);
            HikariConfig config = new HikariConfig();
            config.setPoolName(registryName(id));
            config.setJdbcUrl(settings.url());
            config.setUsername(environment.resolveRequiredPlaceholders(settings.userReference()));
            config.setPassword(environment.resolveRequiredPlaceholders(settings.passwordReference()));
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setReadOnly(true);
            config.setConnectionTimeout(connectTimeoutMillis);
            // A source that is down when the pool is made must fail a run, not the service.
            config.setInitializationFailTimeout(-1);
            HikariDataSource pool = new HikariDataSource(config);
            camel.getRegistry().bind(registryName(id), DataSource.class, pool);
            return pool;
        });
    }

    @Override
    public void destroy() {
        pools.values().forEach(HikariDataSource::close);
    }
}
