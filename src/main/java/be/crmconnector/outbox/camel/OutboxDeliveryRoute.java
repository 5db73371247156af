package be.crmconnector.outbox.camel;

import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers the outbox: every poll claims the due messages and sends each by SMTP (camel-mail) or to its Slack
 * incoming webhook (camel-http: a webhook is one JSON POST, which camel-http, already used for the AdminPulse calls,
 * does without the Slack SDK that camel-slack brings). A failure is recorded on the message, which waits (back-off
 * kept in the outbox, so it survives a restart) and is tried again; nothing here can block or roll back an import.
 */
public class OutboxDeliveryRoute extends RouteBuilder {
    static final String ROUTE_ID = "outbox-delivery";
    private final OutboxDelivery delivery;
    private final String mode;
    private final String smtpUri;
    private final long pollMillis;

    /**
     * @param mode    {@code smtp} (send) or {@code log} (say where it would go, send nothing)
     * @param smtpUri the camel-mail endpoint, e.g. {@code smtp://localhost:1025?from=…}
     */
    public OutboxDeliveryRoute(OutboxDelivery delivery, String mode, String smtpUri, long pollMillis) {
        this.delivery = delivery;
        this.mode = mode;
        this.smtpUri = smtpUri;
        this.pollMillis = pollMillis;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=" + pollMillis + "&period=" + pollMillis).routeId(ROUTE_ID)
                .bean(delivery, "claim")
                .split(body())
                    .to("direct:outbox-send")
                .end();

        from("direct:outbox-send").routeId("outbox-send")
                .doTry()
                    .bean(delivery, "prepare")
                    .to("direct:outbox-channel")
                    .bean(delivery, "sent")
                .doCatch(Exception.class)
                    .bean(delivery, "failed")
                .end();

        from("direct:outbox-channel").routeId("outbox-channel")
                .errorHandler(noErrorHandler()) // the failure goes back to outbox-send, which records it
                .choice()
                    .when(constant("log").isEqualTo(mode)).bean(delivery, "logOnly")
                    .when(exchangeProperty(OutboxDelivery.CHANNEL).isEqualTo("MAIL")).to(smtpUri)
                    .otherwise().to("http://slack-webhook?connectTimeout=5000&responseTimeout=10000")
                .end();
    }
}
