package be.crmconnector.web;

import be.crmconnector.connector.CommonParameters;
import be.crmconnector.connector.ConnectorType;
import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.connector.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** The connector types the service knows, and every setting of their connector files. */
@RestController
@RequestMapping("/api/connector-types")
public class ConnectorTypesController {
    private final ConnectorTypes types;

    public ConnectorTypesController(ConnectorTypes types) {
        this.types = types;
    }

    public record TypeView(String name, String description, String parameters) {
    }

    @GetMapping
    public List<TypeView> list() {
        return types.all().stream().map(t -> new TypeView(t.name(), t.description(),
                "/api/connector-types/" + t.name() + "/parameters")).toList();
    }

    /** The settings every connector file has, then the type's own, each with title, description and default. */
    @GetMapping("/{type}/parameters")
    public List<Parameter> parameters(@PathVariable String type) {
        ConnectorType found = types.find(type).orElseThrow(() -> new NoSuchElementException(
                "No connector type " + type + "; known: " + types.names()));
        List<Parameter> all = new ArrayList<>(CommonParameters.ALL);
        all.addAll(found.parameters());
        return all;
    }
}
