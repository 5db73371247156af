package be.crmconnector.outbox.camel;

import org.apache.camel.builder.RouteBuilder;

/** Every so often, one look at the health of the connectors' routes ({@link RouteWatch}). */
public class RouteWatchRoute extends RouteBuilder {
    static final String ROUTE_ID = "route-watch";
    private final RouteWatch watch;
    private final long periodMillis;

    public RouteWatchRoute(RouteWatch watch, long periodMillis) {
        this.watch = watch;
        this.periodMillis = periodMillis;
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?delay=" + periodMillis + "&period=" + periodMillis).routeId(ROUTE_ID)
                .process(exchange -> watch.look(exchange.getContext()));
    }
}
