package be.crmconnector.sources.csv;

import be.crmconnector.model.SourceRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** UTF-16 without a byte-order mark is told by its zero bytes and read right, or refused naming the guess. */
class Utf16WithoutBomTest {
    static final String TEXT = "Référence;Prénom;Nom;Société\nC001;José;Łukasiewicz;Crème & Café SPRL\n";

    @TempDir
    Path folder;

    Path file(byte[] bytes) throws IOException {
        return Files.write(folder.resolve("export.csv"), bytes);
    }

    @Test
    void littleAndBigEndianAreToldApartAndDecodeToTheSameText() throws IOException {
        for (Charset utf16 : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = file(TEXT.getBytes(utf16));

            CharsetDetector.Detected detected = CharsetDetector.detect(file, "auto");

            assertThat(detected.charset()).isEqualTo(utf16);
            assertThat(detected.bomLength()).isZero();
            assertThat(detected.describe()).isEqualTo(utf16.name() + ", no byte-order mark, told by its zero bytes");
            assertThat(new String(Files.readAllBytes(file), detected.charset())).isEqualTo(TEXT);
        }
    }

    @Test
    void aCutUtf16FileIsRefusedNamingTheGuess() throws IOException {
        byte[] whole = TEXT.getBytes(StandardCharsets.UTF_16LE);
        Path file = file(Arrays.copyOf(whole, whole.length - 1));

        assertThatThrownBy(() -> CharsetDetector.detect(file, "auto")).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("looks like UTF-16LE without a byte-order mark")
                .hasMessageContaining("it may be cut short");
    }

    @Test
    void aConnectorSetToUtf8RefusesUtf16NamingTheGuessInsteadOfReadingZeroBytesAsText() throws IOException {
        Path file = file("Reference;Name\nC1;Peeters\n".getBytes(StandardCharsets.UTF_16BE));

        assertThatThrownBy(() -> CharsetDetector.detect(file, "UTF-8")).isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("looks like UTF-16BE without a byte-order mark")
                .hasMessageContaining("not UTF-8 as the connector expects");
        assertThat(CharsetDetector.detect(file, "UTF-16BE").charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void utf8AndWindows1252AreNotMistakenForUtf16() throws IOException {
        assertThat(CharsetDetector.detect(file(TEXT.getBytes(StandardCharsets.UTF_8)), "auto").charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetDetector.detect(file("Référence;Nom\nC1;Zoë € Lemaître\n"
                .getBytes(Charset.forName("windows-1252"))), "auto").charset())
                .isEqualTo(Charset.forName("windows-1252"));
    }
}
