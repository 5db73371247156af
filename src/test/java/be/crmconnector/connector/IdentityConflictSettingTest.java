package be.crmconnector.connector;

import be.crmconnector.connector.ConnectorDefinition.IdentityConflictPolicy;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The identityConflict setting of a connector file: review by default, invalid on request, nothing else. */
class IdentityConflictSettingTest {
    @TempDir
    Path folder;

    Path file(String yaml) throws IOException {
        return Files.writeString(folder.resolve("crm-a.yaml"), yaml);
    }

    @Test
    void conflictsGoToReviewUnlessTheFileSaysInvalid() throws IOException {
        assertThat(Connectors.parse(file("id: crm-a\ntype: csv-drop\n"), folder).identityConflict())
                .isEqualTo(IdentityConflictPolicy.REVIEW);
        assertThat(Connectors.parse(file("id: crm-a\ntype: csv-drop\nidentityConflict: invalid\n"), folder)
                .identityConflict()).isEqualTo(IdentityConflictPolicy.INVALID);
    }

    @Test
    void anUnknownValueIsRefusedNamingFileEntryAndTheValuesAllowed() throws IOException {
        Path bad = file("id: crm-a\ntype: csv-drop\nidentityConflict: overwrite\n");

        assertThatThrownBy(() -> Connectors.parse(bad, folder)).isInstanceOf(ConnectorConfigException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("'identityConflict'")
                .hasMessageContaining("'overwrite'").hasMessageContaining("review").hasMessageContaining("invalid");
    }

    @Test
    void theSettingIsDocumentedWithTheCommonParameters() {
        assertThat(CommonParameters.ALL).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("identityConflict");
            assertThat(p.defaultValue()).isEqualTo("review");
        });
    }
}
