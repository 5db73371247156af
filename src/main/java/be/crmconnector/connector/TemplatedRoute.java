package be.crmconnector.connector;

import java.util.Map;

/**
 * One route a connector needs: the route template ({@code routes/*.camel.yaml}) it is made from, its stable
 * kebab-case id and the template's parameters. Plain data, so that connector types say which routes they need
 * without speaking Camel; the Camel edge builds them.
 */
public record TemplatedRoute(String template, String routeId, Map<String, String> parameters) {

    public TemplatedRoute {
        parameters = Map.copyOf(parameters);
    }
}
