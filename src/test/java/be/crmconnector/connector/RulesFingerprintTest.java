package be.crmconnector.connector;

import be.crmconnector.support.Connectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ownership-rules fingerprint is stable across loads of the same files and moves when any rule moves. */
class RulesFingerprintTest {
    static final String API = "id: crm-api\ntype: csv-drop\nownership: {default: STORE_OWNS, groups: {details: SOURCE_OWNS}}\n";
    static final String OFFICE = "id: office\ntype: csv-drop\nownership: {fields: {city: FILL_IF_BLANK}}\n";

    @TempDir
    Path folder;

    @Test
    void sameFilesGiveTheSameFingerprint() throws IOException {
        long first = load(API, OFFICE);
        assertThat(load(API, OFFICE)).isEqualTo(first);
    }

    @Test
    void anotherConnectorsRuleChangesTheFingerprint() throws IOException {
        long before = load(API, OFFICE);
        assertThat(load(API, OFFICE.replace("FILL_IF_BLANK", "PREFER_SOURCE"))).isNotEqualTo(before);
        assertThat(load(API.replace("SOURCE_OWNS", "PREFER_SOURCE"), OFFICE)).isNotEqualTo(before);
    }

    private long load(String api, String office) throws IOException {
        Files.writeString(folder.resolve("crm-api.yaml"), api);
        Files.writeString(folder.resolve("office.yaml"), office);
        return Connectors.load(folder, folder.resolve("inbox")).rulesFingerprint();
    }
}
