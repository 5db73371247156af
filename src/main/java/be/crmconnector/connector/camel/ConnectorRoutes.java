package be.crmconnector.connector.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.connector.RouteControl;
import be.crmconnector.connector.TemplatedRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routes of every enabled connector, built from the route templates of {@code routes/} as its type lists them
 * ({@link ConnectorType#routes}), with stable kebab-case ids such as {@code <connector-id>-file-drop}.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRoutes.class);

    /** Route status, health, stop and start for the API and the console. */
    @Bean
    RouteControl routeControl(CamelContext camel, ConnectorTypes types) {
        return new CamelRouteControl(camel, types);
    }

    /** Runs once the YAML templates of {@code routes/} are loaded and the context has started. */
    @Bean
    CamelContextConfiguration connectorRouteTemplates(ConnectorRegistry connectors, ConnectorTypes types) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext context) {
            }

            @Override
            public void afterApplicationStart(CamelContext context) {
                connectors.all().stream().filter(ConnectorDefinition::enabled).forEach(connector -> {
                    ConnectorType type = types.of(connector);
                    for (TemplatedRoute route : type.routes(connector)) {
                        TemplatedRouteBuilder builder = TemplatedRouteBuilder.builder(context, route.template())
                                .routeId(route.routeId());
                        route.parameters().forEach(builder::parameter);
                        builder.add();
                    }
                    LOG.info("Connector {}: {}", connector.id(), type.describe(connector));
                });
            }
        };
    }
}
