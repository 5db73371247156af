package be.crmconnector.sources.filedrop;

import be.crmconnector.history.ErrorReport;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;

import be.crmconnector.connector.ConnectorDefinition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Imports one file of a connector's inbox and files it: {@code .done/} or {@code .failed/}, always under a generated
 * name ({@code run-42.csv}) with its report beside it. The dropped file's own name is recorded on the run but never
 * used to build a path. A dropped file is read from a private snapshot, and the archive step ({@link InboxArchive})
 * takes it out of the inbox only if it is still byte for byte that snapshot.
 */
public class FileImports {
    /** Hidden folder of an inbox that holds the snapshots being read; the file consumer never looks into it. */
    static final String SNAPSHOTS = ".snapshots";
    private static final Logger LOG = LoggerFactory.getLogger(FileImports.class);

    private final ImportService imports;
    private final ErrorReport reports;
    private final InboxArchive archive;

    public FileImports(ImportService imports, ErrorReport reports, InboxArchive archive) {
        this.imports = imports;
        this.reports = reports;
        this.archive = archive;
    }

    /** Where the file belongs, relative to the inbox, and how its run ended. */
    public record Filed(RunOutcome outcome, String archivePath) {
    }

    /**
     * Imports a file dropped in the inbox, whose writer may not be done with it: the run reads a snapshot taken in
     * one pass, and the file leaves the inbox only if it still holds exactly those bytes. Otherwise the snapshot is
     * archived as the run's file and the changed file stays in the inbox, to be read again as a new run (a file that
     * grew has a new SHA-256, so it is no duplicate of the first).
     */
    public Filed importDropped(ConnectorDefinition connector, Path inboxFile, String originalName) {
        Path inbox = connector.settings(FileDropSettings.class).inbox();
        try (FileSnapshot snapshot = FileSnapshot.copyOf(inboxFile, inbox.resolve(SNAPSHOTS))) {
            Filed filed = importSnapshot(connector, snapshot, originalName, TriggerKind.FILE_DROP);
            InboxArchive.Filing filing = archive.fileDrop(snapshot, inboxFile, inbox.resolve(filed.archivePath()));
            if (filing == InboxArchive.Filing.CHANGED_LEFT_IN_INBOX) {
                LOG.warn("{}: '{}' changed while run {} read it; what the run read is archived as {}, and the file "
                                + "stays in the inbox to be read again by a new run", connector.id(),
                        displayName(originalName), filed.outcome().runId(), filed.archivePath());
            }
            return filed;
        }
    }

    /** Imports an uploaded file, which nobody else writes to, and moves it to its archive place in the inbox. */
    public Filed importUpload(ConnectorDefinition connector, Path received, String originalName) {
        Filed filed = importSnapshot(connector, FileSnapshot.of(received), originalName, TriggerKind.UPLOAD);
        archive.fileUpload(received, connector.settings(FileDropSettings.class).inbox().resolve(filed.archivePath()));
        return filed;
    }

    /**
     * Imports a file nobody writes to any more and writes its report in the archive folder, but moves nothing: says
     * where the file belongs.
     */
    public Filed importFile(ConnectorDefinition connector, Path file, String originalName, TriggerKind trigger) {
        return importSnapshot(connector, FileSnapshot.of(file), originalName, trigger);
    }

    private Filed importSnapshot(ConnectorDefinition connector, FileSnapshot snapshot, String originalName,
                                 TriggerKind trigger) {
        FileDropSettings settings = connector.settings(FileDropSettings.class);
        RunOutcome outcome = imports.importSource(new ImportService.Submission(connector.id(), trigger,
                displayName(originalName), snapshot.sha256(), settings.reader(snapshot.path(), connector)));
        String folder = outcome.rejected() ? ".failed" : ".done";
        String base = "run-" + outcome.runId();
        writeReport(settings.inbox().resolve(folder), base, outcome);
        return new Filed(outcome, folder + "/" + base + "." + extension(originalName));
    }

    private void writeReport(Path folder, String base, RunOutcome outcome) {
        if (outcome.status() == RunStatus.DUPLICATE || outcome.status() == RunStatus.COMPLETED) {
            return; // nothing to report
        }
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(folder.resolve(base + ".errors.csv"), StandardCharsets.UTF_8)) {
                out.write('\uFEFF'); // so that Excel opens the accents right
                reports.write(outcome.runId(), outcome.rejected() ? outcome.reason() : null, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report of run " + outcome.runId(), e);
        }
    }

    static String extension(String originalName) {
        String name = originalName == null ? "" : originalName;
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? ext : "dat";
    }

    /** The dropped name, stripped of anything that could mislead a log or a screen. */
    static String displayName(String originalName) {
        if (originalName == null) {
            return null;
        }
        String cleaned = originalName.replaceAll("[\\p{Cntrl}]", "?");
        return cleaned.length() <= 300 ? cleaned : cleaned.substring(0, 300);
    }
}
