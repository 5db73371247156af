package be.crmconnector.sources.filedrop;

import be.crmconnector.history.ErrorReport;
import be.crmconnector.history.RunStatus;
import be.crmconnector.history.TriggerKind;
import be.crmconnector.lifecycle.ImportService;
import be.crmconnector.lifecycle.RunOutcome;

import be.crmconnector.connector.ConnectorDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Imports one file sitting in a connector's inbox and decides where it goes afterwards: {@code .done/} or
 * {@code .failed/}, always under a generated name ({@code run-42.csv}) with its report beside it. The dropped
 * file's own name is recorded on the run but never used to build a path.
 */
public class FileImports {
    /** {@code <anything>.reimport.<extension>}, any case: see {@link #namedForReimport}. */
    private static final Pattern REIMPORT_NAME = Pattern.compile("(?i).+\\.reimport\\.[a-z0-9]{1,5}");

    private final ImportService imports;
    private final ErrorReport reports;

    public FileImports(ImportService imports, ErrorReport reports) {
        this.imports = imports;
        this.reports = reports;
    }

    /** Where the file should be moved, relative to the inbox, and how its run ended. */
    public record Filed(RunOutcome outcome, String archivePath) {
    }

    public Filed importFile(ConnectorDefinition connector, Path file, String originalName, TriggerKind trigger) {
        return importFile(connector, file, originalName, trigger, null);
    }

    /**
     * @param reimportRequestedBy who asked to import the file although the same content was imported before (see
     *                            {@link #namedForReimport}); null for an ordinary import, a DUPLICATE if so
     */
    public Filed importFile(ConnectorDefinition connector, Path file, String originalName, TriggerKind trigger,
                            String reimportRequestedBy) {
        FileDropSettings settings = connector.settings(FileDropSettings.class);
        String sha = sha256(file);
        RunOutcome outcome = imports.importSource(new ImportService.Submission(connector.id(), trigger,
                displayName(originalName), sha, settings.reader(file, connector), reimportRequestedBy));
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

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
