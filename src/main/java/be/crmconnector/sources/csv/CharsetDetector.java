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
 * Finds the charset of a dropped file: a byte-order mark first, then strict UTF-8 over the whole file, then what
 * juniversalchardet guesses, confirmed by a strict decode. Windows-1252 is the fallback Excel on Belgian desktops
 * produces. A file that decodes cleanly in no candidate is rejected rather than stored with U+FFFD in it.
 */
public final class CharsetDetector {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
        if (configured != null && !configured.isBlank() && !"auto".equalsIgnoreCase(configured)) {
            Charset charset = Charset.forName(configured);
            requireDecodes(file, charset);
            return new Detected(charset, 0, "configured");
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
        throw new SourceRejectedException("CHARSET_UNKNOWN", 0,
                "The file's characters could not be read as UTF-8 or Windows-1252. Save it again from Excel as "
                        + "'CSV UTF-8' and drop it again.");
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
