package be.crmconnector.connector.camel;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per enabled connector file, built from the route template of its type ({@code routes/<type>.camel.yaml}).
 * Route ids are stable kebab-case: {@code <connector-id>-file-drop}, {@code <connector-id>-adminpulse-page},
 * {@code <connector-id>-adminpulse-call} and
 * {@code <connector-id>-adminpulse-schedule}.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectorRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRoutes.class);

    public static String routeId(ConnectorDefinition connector) {
        return connector.id() + "-file-drop";
    }

    /** Route id of an AdminPulse connector's page fetcher. */
    public static String adminPulsePageRouteId(ConnectorDefinition connector) {
        return connector.id() + "-adminpulse-page";
    }

    private static void addAdminPulseRoutes(CamelContext context, ConnectorDefinition connector) {
        TemplatedRouteBuilder.builder(context, "adminpulse-call")
                .routeId(connector.id() + "-adminpulse-call")
                .parameter("connectorId", connector.id())
                .parameter("baseUrl", connector.adminpulse().baseUrl())
                .add();
        TemplatedRouteBuilder.builder(context, "adminpulse")
                .routeId(adminPulsePageRouteId(connector))
                .parameter("connectorId", connector.id())
                .add();
        if (connector.adminpulse().schedule() != null) {
            TemplatedRouteBuilder.builder(context, "adminpulse-schedule")
                    .routeId(connector.id() + "-adminpulse-schedule")
                    .parameter("connectorId", connector.id())
                    .parameter("schedule", connector.adminpulse().schedule())
                    .add();
        }
        LOG.info("Connector {} (adminpulse) reads {} ({}), schedule {}", connector.id(),
                connector.adminpulse().baseUrl(), connector.adminpulse().scopeDescription(),
                connector.adminpulse().schedule() == null ? "none (sync now only)" : connector.adminpulse().schedule());
    }

    /** Runs once the YAML templates of {@code routes/} are loaded and the context has started. */
    @Bean
    CamelContextConfiguration connectorRouteTemplates(ConnectorRegistry connectors) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext context) {
            }

            @Override
            public void afterApplicationStart(CamelContext context) {
                connectors.all().stream().filter(ConnectorDefinition::enabled).forEach(connector -> {
                    if ("adminpulse".equals(connector.type())) {
                        addAdminPulseRoutes(context, connector);
                        return;
                    }
                    TemplatedRouteBuilder.builder(context, connector.type())
                            .routeId(routeId(connector))
                            .parameter("connectorId", connector.id())
                            .parameter("inbox", connector.inbox().toAbsolutePath().toString())
                            .add();
                    LOG.info("Connector {} ({}) watches {}", connector.id(), connector.type(), connector.inbox());
                });
            }
        };
    }
}
