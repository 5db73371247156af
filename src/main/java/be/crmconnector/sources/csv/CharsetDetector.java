package be.crmconnector.sources.csv;

import be.crmconnector.model.SourceRejectedException;
import org.mozilla.universalchardet.UniversalDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Finds the charset of a dropped file: a byte-order mark first, then UTF-16 without one (told by its zero bytes,
 * which juniversalchardet does not look for), then strict UTF-8 over the whole file, then what juniversalchardet
 * guesses, confirmed by a strict decode. Windows-1252 is the fallback Excel on Belgian desktops produces. A file that
 * decodes cleanly in no candidate is rejected, naming the guess, rather than stored with U+FFFD in it.
 */
public final class CharsetDetector {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Bytes looked at to tell UTF-16 without a byte-order mark: the header line and a few rows. */
    private static final int UTF16_SAMPLE = 8 * 1024;

    private CharsetDetector() {
    }

    /** The charset and how many BOM bytes to skip. */
    public record Detected(Charset charset, int bomLength, String how) {
        public String describe() {
            return charset.name() + (bomLength > 0 ? " (BOM)" : "") + ", " + how;
        }
    }

    public static Detected detect(Path file, String configured) throws IOException {
        Detected bom = fromBom(file);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(file);
        if (configured != null && !configured.isBlank() && !"auto".equalsIgnoreCase(configured)) {
            Charset charset = Charset.forName(configured);
            if (utf16 != null && !charset.name().startsWith("UTF-16")) {
                throw new SourceRejectedException("CHARSET_MISMATCH", 0, "The file looks like " + utf16.name()
                        + " without a byte-order mark (every other byte is zero), not " + charset.name()
                        + " as the connector expects. Save it again as 'CSV UTF-8', or set the connector's charset "
                        + "to auto.");
            }
            requireDecodes(file, charset);
            return new Detected(charset, 0, "configured");
        }
        if (utf16 != null) {
            if (decodesCleanly(file, utf16)) {
                return new Detected(utf16, 0, "no byte-order mark, told by its zero bytes");
            }
            throw new SourceRejectedException("CHARSET_UNKNOWN", 0, "The file looks like " + utf16.name()
                    + " without a byte-order mark (every other byte is zero), but it is not valid " + utf16.name()
                    + " (it may be cut short). Save it again from Excel as 'CSV UTF-8' and drop it again.");
        }
        if (decodesCleanly(file, StandardCharsets.UTF_8)) {
            return new Detected(StandardCharsets.UTF_8, 0, "strict UTF-8");
        }
        Charset guessed = guess(file);
        if (guessed != null && !guessed.equals(StandardCharsets.UTF_8) && decodesCleanly(file, guessed)) {
            return new Detected(guessed, 0, "detected");
        }
        if (decodesCleanly(file, WINDOWS_1252)) {
            return new Detected(WINDOWS_1252, 0, "Windows-1252 fallback");
        }
        String alsoTried = guessed == null || guessed.equals(StandardCharsets.UTF_8) || guessed.equals(WINDOWS_1252)
                ? "" : " (nor as " + guessed.name() + ", the detector's guess)";
        throw new SourceRejectedException("CHARSET_UNKNOWN", 0,
                "The file's characters could not be read as UTF-8 or Windows-1252" + alsoTried + ". Save it again "
                        + "from Excel as 'CSV UTF-8' and drop it again.");
    }

    /**
     * UTF-16 without a byte-order mark, from the first bytes: text in a Latin script has a zero in every other byte
     * (after each character in little-endian, before it in big-endian), which no UTF-8 or Windows-1252 text has.
     * Null when the bytes do not look like that.
     */
    static Charset utf16WithoutBom(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(UTF16_SAMPLE);
        }
        int pairs = sample.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < sample.length; i += 2) {
            zeroFirst += sample[i] == 0 ? 1 : 0;
            zeroSecond += sample[i + 1] == 0 ? 1 : 0;
        }
        if (zeroSecond * 2 > pairs && zeroFirst * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst * 2 > pairs && zeroSecond * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Detected fromBom(Path file) throws IOException {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3, "byte-order mark");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2, "byte-order mark");
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2, "byte-order mark");
        }
        return null;
    }

    private static Charset guess(Path file) throws IOException {
        UniversalDetector detector = new UniversalDetector();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0 && !detector.isDone()) {
                detector.handleData(buffer, 0, n);
            }
        }
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        // ISO-8859-1 guesses on Belgian files are nearly always Windows-1252 (the € sign lives only there).
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("ISO-8859-1") || upper.equals("ISO-8859-15") || upper.equals("WINDOWS-1252")) {
            return WINDOWS_1252;
        }
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    private static void requireDecodes(Path file, Charset charset) throws IOException {
        if (!decodesCleanly(file, charset)) {
            throw new SourceRejectedException("CHARSET_MISMATCH", 0,
                    "The file is not valid " + charset.name() + " as the connector expects. Save it again in that "
                            + "encoding, or set the connector's charset to auto.");
        }
    }

    /** Streams the whole file through a strict decoder; memory stays at one buffer. */
    static boolean decodesCleanly(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (var channel = Files.newByteChannel(file)) {
            boolean eof = false;
            while (!eof) {
                eof = channel.read(in) < 0;
                in.flip();
                var result = decoder.decode(in, out, eof);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            var flush = decoder.flush(out);
            return !flush.isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
