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
import java.util.regex.Pattern;

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
    /** {@code <anything>.reimport.<extension>}, any case: see {@link #namedForReimport}. */
    private static final Pattern REIMPORT_NAME = Pattern.compile("(?i).+\\.reimport\\.[a-z0-9]{1,5}");

    private final ImportService imports;
    private final ErrorReport reports;
    private final InboxArchive archive;
    private final ArchiveFailures archiveFailures;

    public FileImports(ImportService imports, ErrorReport reports, InboxArchive archive,
                       ArchiveFailures archiveFailures) {
        this.imports = imports;
        this.reports = reports;
        this.archive = archive;
        this.archiveFailures = archiveFailures;
    }

    /** Where the file belongs, relative to the inbox, and how its run ended. */
    public record Filed(RunOutcome outcome, String archivePath) {
        /** {@code .done} or {@code .failed}. */
        String folder() {
            return archivePath.substring(0, archivePath.indexOf('/'));
        }
    }

    /**
     * Imports a file dropped in the inbox, whose writer may not be done with it: the run reads a snapshot taken in
     * one pass, and the file leaves the inbox only if it still holds exactly those bytes. Otherwise the snapshot is
     * archived as the run's file and the changed file stays in the inbox, to be read again as a new run (a file that
     * grew has a new SHA-256, so it is no duplicate of the first).
     */
    public Filed importDropped(ConnectorDefinition connector, Path inboxFile, String originalName) {
        Path inbox = connector.settings(FileDropSettings.class).inbox();
        var waiting = archiveFailures.pendingFor(inboxFile);
        if (waiting.isPresent()) {
            var pending = waiting.get();
            FileSnapshot.Fingerprint now = FileSnapshot.fingerprint(inboxFile);
            if (now.size() == pending.size() && now.sha256().equals(pending.sha256())) {
                return archiveAgain(connector, inboxFile, pending); // no new run for a file its run already read
            }
            archiveFailures.settled(inboxFile); // it changed: a new run reads it
        }
        try (FileSnapshot snapshot = FileSnapshot.copyOf(inboxFile, inbox.resolve(SNAPSHOTS))) {
            // Dropped as clients.reimport.csv: imported even if the same content was before, on the drop's say-so.
            Filed filed = importSnapshot(connector, snapshot, originalName, TriggerKind.FILE_DROP,
                    namedForReimport(originalName) ? "file-drop" : null);
            try {
                writeReport(inbox.resolve(filed.folder()), "run-" + filed.outcome().runId(), filed.outcome());
                InboxArchive.Filing filing = archive.fileDrop(snapshot, inboxFile, inbox.resolve(filed.archivePath()));
                if (filing == InboxArchive.Filing.CHANGED_LEFT_IN_INBOX) {
                    LOG.warn("{}: '{}' changed while run {} read it; what the run read is archived as {}, and the "
                                    + "file stays in the inbox to be read again by a new run", connector.id(),
                            displayName(originalName), filed.outcome().runId(), filed.archivePath());
                }
            } catch (UncheckedIOException e) {
                archiveFailed(connector, inboxFile, snapshot, filed, e);
            }
            return filed;
        }
    }

    /**
     * The run is decided but the file could not be filed: said on the run and in the connector's health, and the file
     * stays in the inbox, where the next poll tries to file it again for the same run.
     */
    private void archiveFailed(ConnectorDefinition connector, Path inboxFile, FileSnapshot snapshot, Filed filed,
                               UncheckedIOException failure) {
        long runId = filed.outcome().runId();
        String reason = "The file could not be archived as " + filed.archivePath() + " ("
                + failure.getCause().getClass().getSimpleName() + "); it stays in the inbox and is archived as soon "
                + "as the folder can be written, without a new run.";
        archiveFailures.failed(inboxFile, new ArchiveFailures.Pending(connector.id(), runId, snapshot.size(),
                snapshot.sha256(), filed.archivePath(), filed, reason, java.time.Instant.now()));
        imports.noteOnRun(runId, reason);
        LOG.warn("{}: run {}: {}", connector.id(), runId, reason);
    }

    private Filed archiveAgain(ConnectorDefinition connector, Path inboxFile, ArchiveFailures.Pending pending) {
        Path inbox = connector.settings(FileDropSettings.class).inbox();
        Filed filed = pending.filed();
        try {
            writeReport(inbox.resolve(filed.folder()), "run-" + pending.runId(), filed.outcome());
            archive.fileUpload(inboxFile, inbox.resolve(filed.archivePath()));
        } catch (UncheckedIOException stillFailing) {
            return filed;
        }
        archiveFailures.settled(inboxFile);
        imports.noteOnRun(pending.runId(), "The file was archived after all as " + filed.archivePath() + ".");
        LOG.info("{}: run {}: the file is archived as {} after all", connector.id(), pending.runId(),
                filed.archivePath());
        return filed;
    }

    /** Imports an uploaded file, which nobody else writes to, and moves it to its archive place in the inbox. */
    public Filed importUpload(ConnectorDefinition connector, Path received, String originalName) {
        return importUpload(connector, received, originalName, null);
    }

    /** As {@link #importUpload(ConnectorDefinition, Path, String)}, imported again on purpose when someone asks. */
    public Filed importUpload(ConnectorDefinition connector, Path received, String originalName,
                              String reimportRequestedBy) {
        Filed filed = importSnapshot(connector, FileSnapshot.of(received), originalName, TriggerKind.UPLOAD,
                reimportRequestedBy);
        writeReport(connector, filed);
        archive.fileUpload(received, connector.settings(FileDropSettings.class).inbox().resolve(filed.archivePath()));
        return filed;
    }

    /**
     * Imports a file nobody writes to any more and writes its report in the archive folder, but moves nothing: says
     * where the file belongs.
     */
    public Filed importFile(ConnectorDefinition connector, Path file, String originalName, TriggerKind trigger) {
        return importFile(connector, file, originalName, trigger, null);
    }

    /**
     * @param reimportRequestedBy who asked to import the file although the same content was imported before (see
     *                            {@link #namedForReimport}); null for an ordinary import, a DUPLICATE if so
     */
    public Filed importFile(ConnectorDefinition connector, Path file, String originalName, TriggerKind trigger,
                            String reimportRequestedBy) {
        Filed filed = importSnapshot(connector, FileSnapshot.of(file), originalName, trigger, reimportRequestedBy);
        writeReport(connector, filed);
        return filed;
    }

    private void writeReport(ConnectorDefinition connector, Filed filed) {
        writeReport(connector.settings(FileDropSettings.class).inbox().resolve(filed.folder()),
                "run-" + filed.outcome().runId(), filed.outcome());
    }

    private Filed importSnapshot(ConnectorDefinition connector, FileSnapshot snapshot, String originalName,
                                 TriggerKind trigger, String reimportRequestedBy) {
        FileDropSettings settings = connector.settings(FileDropSettings.class);
        RunOutcome outcome = imports.importSource(new ImportService.Submission(connector.id(), trigger,
                displayName(originalName), snapshot.sha256(), settings.reader(snapshot.path(), connector),
                reimportRequestedBy));
        String folder = outcome.rejected() ? ".failed" : ".done";
        return new Filed(outcome, folder + "/run-" + outcome.runId() + "." + extension(originalName));
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

    /**
     * The file-name convention for importing again content already imported: {@code .reimport} just before the
     * extension ({@code clients.reimport.csv}, any case). A name, not a folder, because the drop route reads the inbox
     * itself only, and a re-import is then filed like any other drop.
     */
    public static boolean namedForReimport(String originalName) {
        return originalName != null && REIMPORT_NAME.matcher(originalName).matches();
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
