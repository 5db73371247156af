package be.crmconnector.sources.csv;

import be.crmconnector.sources.tabular.TabularSpec;

import be.crmconnector.sources.tabular.TabularSettings.Layout;

import be.crmconnector.sources.tabular.TabularSettings;

import be.crmconnector.model.ClientField;
import be.crmconnector.model.ContactField;
import be.crmconnector.model.SourceRecord;
import be.crmconnector.model.SourceRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV reader takes real-world files apart: charsets, delimiters, aliases, quotes, ragged rows, contact groups. */
class CsvRecordSourceTest {
    @TempDir
    Path folder;

    static TabularSpec connector(Layout layout) {
        return new TabularSpec(Map.of(), List.of(), new TabularSettings("auto", "auto", layout, "externalId", 1000, 50,
                200));
    }

    List<SourceRecord> read(byte[] content, Layout layout) throws IOException {
        Path file = Files.write(folder.resolve("f.csv"), content);
        List<SourceRecord> records = new ArrayList<>();
        new CsvRecordSource(file, connector(layout)).forEach(records::add);
        return records;
    }

    List<SourceRecord> read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8), Layout.CLIENT_PER_ROW);
    }

    @Test
    void aBomIsStrippedSoTheFirstHeaderStillResolves() throws IOException {
        List<SourceRecord> records = read("\uFEFFRéférence;Prénom\nC1;Jan\n");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.externalId()).isEqualTo("C1");
            assertThat(r.value(ClientField.FIRST_NAME)).isEqualTo("Jan");
        });
    }

    @Test
    void windows1252FromExcelDecodesAccentsAndTheEuroSign() throws IOException {
        byte[] bytes = "Référence;Société;Nom\nC1;Café € Zoë;Müller\n".getBytes(Charset.forName("windows-1252"));
        SourceRecord record = read(bytes, Layout.CLIENT_PER_ROW).get(0);
        assertThat(record.value(ClientField.COMPANY_NAME)).isEqualTo("Café € Zoë");
        assertThat(record.value(ClientField.LAST_NAME)).isEqualTo("Müller");
    }

    @Test
    void utf16WithBomAndTabsIsRead() throws IOException {
        byte[] body = "Reference\tFirst name\tLast name\r\nC1\tÉlise\tDupré\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(read(bytes, Layout.CLIENT_PER_ROW).get(0).value(ClientField.LAST_NAME)).isEqualTo("Dupré");
    }

    /** Excel's "Unicode text": UTF-16 with a BOM, tab separated, CRLF; little-endian on Windows, big-endian too. */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void excelUnicodeTextIsDecodedInBothByteOrders(String byteOrder) throws IOException {
        String text = "\uFEFFRéférence\tPrénom\tNom\tSociété\r\nC1\tÉlise\tDupré\tCafé € Zoë\r\n"
                + "C2\tŁukasz\tMüller\t\r\n";
        Path file = Files.write(folder.resolve("unicode.txt"), text.getBytes(Charset.forName(byteOrder)));
        CsvRecordSource source = new CsvRecordSource(file, connector(Layout.CLIENT_PER_ROW));
        List<SourceRecord> records = new ArrayList<>();

        source.forEach(records::add);

        assertThat(records).extracting(SourceRecord::externalId).containsExactly("C1", "C2");
        assertThat(records.get(0).value(ClientField.FIRST_NAME)).isEqualTo("Élise");
        assertThat(records.get(0).value(ClientField.COMPANY_NAME)).isEqualTo("Café € Zoë");
        assertThat(records.get(1).value(ClientField.FIRST_NAME)).isEqualTo("Łukasz");
        assertThat(records.get(1).value(ClientField.LAST_NAME)).isEqualTo("Müller");
        assertThat(source.readingNotes()).contains("charset " + byteOrder + " (BOM)").contains("delimiter tab");
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", "|", "\t"})
    void theDelimiterIsFoundInTheHeader(String delimiter) throws IOException {
        String csv = String.join(delimiter, "id", "first name", "last name") + "\n"
                + String.join(delimiter, "C1", "Jan", "\"Peeters, Sr.\"") + "\n";
        assertThat(read(csv).get(0).value(ClientField.LAST_NAME)).isEqualTo("Peeters, Sr.");
    }

    @Test
    void crLfAndLoneCrLineEndingsGiveTheSameRecords() throws IOException {
        String lf = "id;nom\nC1;Peeters\nC2;Dubois\n";
        assertThat(read(lf.replace("\n", "\r\n"))).extracting(SourceRecord::externalId).containsExactly("C1", "C2");
        assertThat(read(lf.replace("\n", "\r"))).extracting(SourceRecord::externalId).containsExactly("C1", "C2");
    }

    @Test
    void aQuotedCellWithANewlineIsOneRecordAndLaterRowsKeepTheirPhysicalLine() throws IOException {
        List<SourceRecord> records = read("id;street;nom\nC1;\"Rue Haute 1\nbte 2\";Peeters\nC2;Kerkstraat 3;Dubois\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).value(ClientField.STREET)).isEqualTo("Rue Haute 1\nbte 2");
        assertThat(records.get(1).position().line()).isEqualTo(4);
    }

    @Test
    void anUnbalancedQuoteRejectsTheFileNamingTheLine() {
        assertThatThrownBy(() -> read("id;nom\nC1;Peeters\nC2;\"Dubois\nC3;Maes\n"))
                .isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("line 3").hasMessageContaining("quote");
    }

    @Test
    void duplicateHeaderNamesRejectTheFile() {
        assertThatThrownBy(() -> read("id;Nom;NOM\nC1;a;b\n"))
                .isInstanceOf(SourceRejectedException.class).hasMessageContaining("appears twice");
    }

    @Test
    void aMissingNameColumnRejectsTheFileListingWhatWasFound() {
        assertThatThrownBy(() -> read("id;e-mail\nC1;a@b.be\n"))
                .isInstanceOf(SourceRejectedException.class)
                .hasMessageContaining("required column missing").hasMessageContaining("e-mail");
    }

    @Test
    void anUndecidableDelimiterRejectsTheFile() {
        assertThatThrownBy(() -> read("id;nom,prenom\nC1;a,b\n"))
                .isInstanceOf(SourceRejectedException.class).hasMessageContaining("separator");
    }

    @Test
    void extraCellsAreAnErrorAndMissingTrailingCellsAWarning() throws IOException {
        List<SourceRecord> records = read("id;nom;prénom\nC1;Peeters;Jan;surprise\nC2;Dubois\n");
        assertThat(records.get(0).issues()).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("EXTRA_CELLS");
            assertThat(i.isError()).isTrue();
        });
        assertThat(records.get(1).issues()).anySatisfy(i -> {
            assertThat(i.code()).isEqualTo("MISSING_CELLS");
            assertThat(i.isError()).isFalse();
        });
        assertThat(records.get(1).value(ClientField.FIRST_NAME)).isEmpty();
    }

    @Test
    void blankAndSeparatorOnlyLinesCarryNoRecord() throws IOException {
        assertThat(read("id;nom\n\nC1;Peeters\n;;\n;\nC2;Dubois\n")).hasSize(2);
    }

    @Test
    void consecutiveContactRowsOfOneClientMakeOneRecordWithItsContacts() throws IOException {
        String csv = "Code client;Société;Prénom du contact;Nom du contact;E-mail du contact;Contact principal\n"
                + "K1;Léonard SRL;Anne;Léonard;anne@leonard.be;oui\n"
                + "K1;Léonard SRL;Paul;Léonard;paul@leonard.be;non\n"
                + "K2;Maes BV;Luc;Maes;luc@maes.be;ja\n";
        List<SourceRecord> records = read(csv.getBytes(StandardCharsets.UTF_8), Layout.CONTACT_PER_ROW);
        assertThat(records).hasSize(2);
        assertThat(records.get(0).contacts()).extracting(c -> c.value(ContactField.CONTACT_EMAIL))
                .containsExactly("anne@leonard.be", "paul@leonard.be");
        assertThat(records.get(0).position().lastLine()).isEqualTo(3);
    }

    @Test
    void headersMatchWhateverTheirCaseAccentsOrSpaces() throws IOException {
        SourceRecord record = read("  RÉFÉRENCE ;PRENOM;n° TVA\nC1;Jan;BE0403019261\n").get(0);
        assertThat(record.externalId()).isEqualTo("C1");
        assertThat(record.value(ClientField.FIRST_NAME)).isEqualTo("Jan");
        assertThat(record.value(ClientField.VAT_NUMBER)).isEqualTo("BE0403019261");
    }
}
