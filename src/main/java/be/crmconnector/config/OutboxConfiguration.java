package be.crmconnector.config;

import be.crmconnector.history.ErrorReport;
import be.crmconnector.history.RunRepository;
import be.crmconnector.outbox.Invitations;
import be.crmconnector.outbox.MailTemplates;
import be.crmconnector.outbox.Outbox;
import be.crmconnector.outbox.ConnectorAlerts;
import be.crmconnector.outbox.RouteStates;
import be.crmconnector.outbox.RunNotifications;
import be.crmconnector.outbox.camel.OutboxDelivery;
import be.crmconnector.outbox.camel.OutboxDeliveryRoute;
import be.crmconnector.outbox.camel.RouteWatch;
import be.crmconnector.outbox.camel.RouteWatchRoute;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.connector.ConnectorTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.UUID;

/** Wires the outbox: its store, the run notifications written into it, and the route that delivers it. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    Outbox outbox(NamedParameterJdbcTemplate jdbc, OutboxProperties properties) {
        return new Outbox(jdbc, new Outbox.Backoff(properties.firstRetry(), properties.maxRetry(),
                properties.maxAttempts(), properties.lease()));
    }

    @Bean
    MailTemplates mailTemplates(OutboxProperties properties) {
        boolean editable = properties.templatesDir() != null && Files.isDirectory(properties.templatesDir());
        return new MailTemplates(editable ? properties.templatesDir() : null);
    }

    @Bean
    RunNotifications runNotifications(RunRepository runs, Outbox outbox, MailTemplates templates,
                                      TransactionTemplate transactions, Clock clock, OutboxProperties properties) {
        return new RunNotifications(runs, outbox, templates, transactions, clock, properties.baseUrl());
    }

    @Bean
    Invitations invitations(NamedParameterJdbcTemplate jdbc, Outbox outbox, MailTemplates templates,
                            TransactionTemplate transactions, Clock clock) {
        return new Invitations(jdbc, outbox, templates, transactions, clock);
    }

    @Bean
    OutboxDelivery outboxDelivery(Outbox outbox, Invitations invitations, ErrorReport reports, Environment environment,
                                  Clock clock, OutboxProperties properties) {
        return new OutboxDelivery(outbox, invitations, reports, environment, clock, instanceName(), 20,
                properties.smtpHost() + ":" + properties.smtpPort());
    }

    @Bean
    OutboxDeliveryRoute outboxDeliveryRoute(OutboxDelivery delivery, OutboxProperties properties) {
        String smtp = "smtp://" + properties.smtpHost() + ":" + properties.smtpPort() + "?from="
                + URLEncoder.encode(properties.from(), StandardCharsets.UTF_8)
                + "&connectionTimeout=5000&contentType=text/plain;%20charset=UTF-8";
        return new OutboxDeliveryRoute(delivery, properties.delivery(), smtp, properties.pollInterval().toMillis());
    }

    @Bean
    ConnectorAlerts connectorAlerts(Outbox outbox, MailTemplates templates, TransactionTemplate transactions, Clock clock,
                            OutboxProperties properties) {
        return new ConnectorAlerts(outbox, templates, transactions, clock, properties.baseUrl());
    }

    @Bean
    RouteWatchRoute routeWatchRoute(ConnectorRegistry connectors, ConnectorTypes types,
                                    ConnectorAlerts alerts, Clock clock, OutboxProperties properties) {
        return new RouteWatchRoute(new RouteWatch(connectors, types, alerts,
                new RouteStates(properties.routeDownAfter()), clock),
                properties.routeWatchInterval().toMillis());
    }

    /** Names this instance in claims and attempts, so that two instances never take each other's messages. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
