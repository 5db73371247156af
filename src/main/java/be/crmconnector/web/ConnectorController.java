package be.crmconnector.web;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;

import be.crmconnector.sources.filedrop.FileImports;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.model.FieldGroup;
import be.crmconnector.sources.filedrop.FileDropSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/** Connectors as configured, and uploads that import a file exactly as a drop in the inbox would. */
@RestController
@RequestMapping("/api/connectors")
public class ConnectorController {
    private final ConnectorRegistry connectors;
    private final FileImports files;

    public ConnectorController(ConnectorRegistry connectors, FileImports files) {
        this.connectors = connectors;
        this.files = files;
    }

    /** A connector as the console shows it; {@code groupRules} is the effective rule of each field group. */
    public record ConnectorView(String id, String type, String title, boolean enabled, String inbox, String gate,
                                String onlyInStore, String defaultRule, List<String> matchKeys,
                                String identityConflict, java.util.Map<String, String> groupRules, java.util.Map<String, String> fieldRules,
                                ConnectorDefinition.Thresholds thresholds) {
    }

    @GetMapping
    public List<ConnectorView> list() {
        return connectors.all().stream().map(c -> new ConnectorView(c.id(), c.type(), c.title(), c.enabled(),
                c.has(FileDropSettings.class) ? c.settings(FileDropSettings.class).inbox().toString() : null,
                c.gate().name(), c.onlyInStore().name(), c.ownership().defaultRule().name(),
                c.matchKeys().stream().map(k -> k.field().key()).toList(), c.identityConflict().name(),
                groupRules(c), fieldRules(c),
                c.thresholds())).toList();
    }

    private static java.util.Map<String, String> groupRules(ConnectorDefinition c) {
        var rules = new java.util.LinkedHashMap<String, String>();
        for (var group : FieldGroup.values()) {
            rules.put(group.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    c.ownership().groupRule(group).name());
        }
        return rules;
    }

    private static java.util.Map<String, String> fieldRules(ConnectorDefinition c) {
        var rules = new java.util.LinkedHashMap<String, String>();
        c.ownership().fields().forEach((field, rule) -> rules.put(field.key(), rule.name()));
        return rules;
    }

    /**
     * Imports the uploaded file now; the import files it in the inbox's .done/ or .failed/ like a dropped one. With
     * {@code reimport=true} (or a name such as {@code clients.reimport.csv}) content imported before is imported
     * again instead of being a DUPLICATE, and the run records the user who asked.
     */
    @PostMapping(value = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public RunOutcome upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean reimport, Authentication user) {
        ConnectorDefinition connector = connectors.find(id)
                .orElseThrow(() -> new NoSuchElementException("No connector " + id));
        if (!connector.has(FileDropSettings.class)) {
            throw new IllegalArgumentException("Connector " + id + " (" + connector.type()
                    + ") does not take files; upload to a csv-drop or xlsx-drop connector");
        }
        Path inbox = connector.settings(FileDropSettings.class).inbox();
        try {
            Path staging = Files.createDirectories(inbox.resolve(".uploads"));
            Path received = staging.resolve(UUID.randomUUID() + ".upload");
            file.transferTo(received);
            boolean again = reimport || FileImports.namedForReimport(file.getOriginalFilename());
            return files.importUpload(connector, received, file.getOriginalFilename(),
                    again ? "user:" + user.getName() : null).outcome();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }
}
