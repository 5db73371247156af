package be.crmconnector.corpus;

import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.history.ImportRun;
import be.crmconnector.history.RunRepository;
import be.crmconnector.lifecycle.RunOutcome;
import be.crmconnector.web.ConnectorController;
import org.assertj.core.api.SoftAssertions;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static be.crmconnector.corpus.Expected.text;

/** The {@code uploads} of a drop case: a file uploaded under a hostile name, through the upload endpoint's code. */
final class CorpusUploads {
    private final ConnectorController endpoint;
    private final RunRepository runs;
    private final RunCheck runCheck;

    CorpusUploads(ConnectorController endpoint, RunRepository runs, RunCheck runCheck) {
        this.endpoint = endpoint;
        this.runs = runs;
        this.runCheck = runCheck;
    }

    /** The run is as expected, records the name as given, is archived under its generated name, and nothing else. */
    void check(SoftAssertions soft, Path dir, Path inbox, ConnectorDefinition connector, Map<String, Object> upload)
            throws IOException {
        String name = text(upload, "name", null);
        byte[] content = Files.readAllBytes(dir.resolve(text(upload, "file", "input.csv")));
        RunOutcome outcome = endpoint.upload(connector.id(), new MockMultipartFile("file", name, "text/csv", content),
                false, new TestingAuthenticationToken("corpus", null));
        ImportRun run = runs.find(outcome.runId()).orElseThrow();
        runCheck.check(soft, run, upload);
        soft.assertThat(run.sourceName()).as("recorded name").isEqualTo(text(upload, "sourceName", name));
        Path archived = inbox.resolve(text(upload, "archived", null).replace("{id}", String.valueOf(run.id())));
        soft.assertThat(archived).as("upload %s archived", name).exists();
        for (Path base : List.of(inbox, inbox.resolve(".done"), inbox.resolve(".failed"), inbox.resolve(".uploads"))) {
            try {
                Path naive = base.resolve(name);
                soft.assertThat(naive).as("a path built from the name %s", name).doesNotExist();
            } catch (InvalidPathException notAPathHere) {
                // a name this file system cannot even express cannot have been used as a path either
            }
        }
    }
}
