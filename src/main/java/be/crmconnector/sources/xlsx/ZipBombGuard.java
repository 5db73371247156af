package be.crmconnector.sources.xlsx;

import be.crmconnector.model.SourceRejectedException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Refuses a workbook whose zip parts inflate far beyond a normal workbook, before the spreadsheet reader sees it.
 *
 * <p>Two passes. The zip directory is checked first (part count, sizes, ratios), which costs nothing. But the sizes
 * there are the file's own claims: a crafted zip can declare 4 KB for a part that inflates to gigabytes. So every
 * part is then inflated once into a counter, with the same zip library the reader uses (so both see the same
 * bytes), and the pass stops at the first part that inflates beyond its declared size, beyond the ratio limit, or
 * beyond the totals. Memory stays at one buffer whatever the file holds; the CPU spent is bounded by the limits.
 *
 * <p>The shared-strings part gets a cap of its own: the reader keeps every shared string it has read in memory,
 * whereas sheet rows are streamed.
 */
final class ZipBombGuard {
    static final long MAX_ENTRY_RATIO = 100;
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    static final long MAX_TOTAL_UNCOMPRESSED = 2L * 1024 * 1024 * 1024;
    static final long MAX_SHARED_STRINGS = 128L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final int BUFFER = 64 * 1024;

    private ZipBombGuard() {
    }

    static void check(Path file) {
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            checkDirectory(zip);
            checkInflatedBytes(zip);
        } catch (FileSystemException e) {
            throw new UncheckedIOException("Could not read the dropped file", e); // not the file's fault
        } catch (IOException e) {
            throw damaged(e); // a broken directory or deflate stream
        }
    }

    /** The directory's claims alone: cheap, and enough for an honest bomb. */
    private static void checkDirectory(ZipFile zip) {
        long total = 0;
        int entries = 0;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
            ZipArchiveEntry entry = e.nextElement();
            if (++entries > MAX_ENTRIES) {
                throw zipBomb("it holds more than " + MAX_ENTRIES + " parts");
            }
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || compressed < 0) {
                continue; // unknown: the inflation pass counts it
            }
            total += size;
            checkRatio(size, compressed);
            checkSharedStrings(entry, size);
            if (total > MAX_TOTAL_UNCOMPRESSED) {
                throw zipBomb("it inflates to more than " + MAX_TOTAL_UNCOMPRESSED / (1024 * 1024) + " MB");
            }
        }
    }

    /** What the parts really inflate to, counted without keeping any of it. */
    private static void checkInflatedBytes(ZipFile zip) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
            ZipArchiveEntry entry = e.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            long declared = entry.getSize();
            long compressed = Math.max(entry.getCompressedSize(), 0);
            long inflated = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (declared >= 0 && inflated > declared) {
                        throw zipBomb("one of its parts inflates to more than the size the file declares for it "
                                + "(a forged zip)");
                    }
                    checkRatio(inflated, compressed);
                    checkSharedStrings(entry, inflated);
                    if (total > MAX_TOTAL_UNCOMPRESSED) {
                        throw zipBomb("it inflates to more than " + MAX_TOTAL_UNCOMPRESSED / (1024 * 1024) + " MB");
                    }
                }
            }
        }
    }

    private static void checkRatio(long size, long compressed) {
        if (size > RATIO_GRACE_BYTES && size > MAX_ENTRY_RATIO * Math.max(compressed, 1)) {
            throw zipBomb("one of its parts inflates more than " + MAX_ENTRY_RATIO + " times");
        }
    }

    private static void checkSharedStrings(ZipArchiveEntry entry, long size) {
        if (size > MAX_SHARED_STRINGS && entry.getName().toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml")) {
            throw zipBomb("its table of texts (shared strings) exceeds " + MAX_SHARED_STRINGS / (1024 * 1024)
                    + " MB; split the data over several files");
        }
    }

    private static SourceRejectedException zipBomb(String why) {
        return new SourceRejectedException("XLSX_ZIP_BOMB", 1, "The spreadsheet is refused: " + why
                + ", far beyond a normal workbook. Save the data again as a plain .xlsx.");
    }

    private static SourceRejectedException damaged(IOException e) {
        return new SourceRejectedException("XLSX_UNREADABLE", 1, "The spreadsheet is damaged (its zip "
                + "structure cannot be read). Open it in Excel and save it again as .xlsx.", e);
    }
}
