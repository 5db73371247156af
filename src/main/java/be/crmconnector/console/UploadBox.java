package be.crmconnector.console;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.history.RunRepository;
import be.crmconnector.sources.filedrop.FileDropSettings;
import be.crmconnector.sources.filedrop.FileImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The upload box of a file connector: the file is stored in the inbox's {@code .uploads/} and imported in the
 * background exactly as the upload API does it, while the browser goes on to the runs page and watches its progress.
 */
@Controller
public class UploadBox {
    private static final Logger LOG = LoggerFactory.getLogger(UploadBox.class);

    private final ConnectorRegistry connectors;
    private final FileImports files;
    private final RunRepository runs;
    private final ConsoleUploads uploads;

    public UploadBox(ConnectorRegistry connectors, FileImports files, RunRepository runs,
                     ConsoleUploads uploads) {
        this.connectors = connectors;
        this.files = files;
        this.runs = runs;
        this.uploads = uploads;
    }

    @PostMapping("/console/connectors/{id}/files")
    public String upload(@PathVariable String id, @RequestParam("file") MultipartFile file,
                         @RequestParam(defaultValue = "false") boolean reimport, Authentication user,
                         RedirectAttributes redirect) {
        ConnectorDefinition connector = connectors.find(id)
                .orElseThrow(() -> new NoSuchElementException("No connector " + id));
        if (!connector.has(FileDropSettings.class)) {
            throw new IllegalArgumentException("Connector " + id + " does not take files");
        }
        if (file.isEmpty()) {
            throw new IllegalArgumentException("No file was chosen, or the file is empty");
        }
        Path received = store(connector, file);
        // The runs page waits for the first run of this connector after the latest one now.
        long after = runs.list(id, null, 0, 1).stream().mapToLong(r -> r.id()).findFirst().orElse(0L);
        String name = file.getOriginalFilename();
        String again = reimport || FileImports.namedForReimport(name) ? "user:" + user.getName() : null;
        uploads.submit(() -> {
            try {
                files.importUpload(connector, received, name, again);
            } catch (RuntimeException e) {
                LOG.error("{}: the uploaded file could not be imported", id, e);
            }
        });
        redirect.addAttribute("connector", id);
        redirect.addAttribute("after", after);
        return "redirect:/console/runs";
    }

    private static Path store(ConnectorDefinition connector, MultipartFile file) {
        try {
            Path staging = Files.createDirectories(connector.settings(FileDropSettings.class).inbox()
                    .resolve(".uploads"));
            Path received = staging.resolve(UUID.randomUUID() + ".upload");
            file.transferTo(received);
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }
}
