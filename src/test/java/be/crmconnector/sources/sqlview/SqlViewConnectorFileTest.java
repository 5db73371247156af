package be.crmconnector.sources.sqlview;

import be.crmconnector.connector.ConnectorConfigException;
import be.crmconnector.connector.ConnectorDefinition;
import be.crmconnector.sources.tabular.TabularSettings;
import be.crmconnector.support.Connectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sqlView block is read strictly: the issue's example reads, and a wrong entry names the file and the entry. */
class SqlViewConnectorFileTest {
    static final String EXAMPLE = """
            id: practice-db
            type: sql-view
            sqlView:
              url: jdbc:postgresql://crm-host:5432/practice
              user: ${PRACTICE_DB_USER}
              password: ${PRACTICE_DB_PASSWORD}
              query: "select * from crm_clients_v"
              incremental: {column: updated_at, overlap: PT5M}
              schedule: "0 0 * * * *"
            mapping:
              externalId: [client_no]
            gate: review
            onlyInStore: flag
            """;

    @TempDir
    Path folder;

    private ConnectorDefinition parse(String yaml) throws IOException {
        return Connectors.parse(Files.writeString(folder.resolve("practice-db.yaml"), yaml), folder);
    }

    @Test
    void theIssuesExampleReads() throws IOException {
        SqlViewSettings settings = parse(EXAMPLE).settings(SqlViewSettings.class);
        assertThat(settings.query()).isEqualTo("select * from crm_clients_v");
        assertThat(settings.view()).isNull();
        assertThat(settings.incremental()).isEqualTo(new SqlViewSettings.Incremental("updated_at",
                Duration.ofMinutes(5)));
        assertThat(settings.fetchSize()).isEqualTo(500);
        assertThat(settings.rows().layout()).isEqualTo(TabularSettings.Layout.CLIENT_PER_ROW);
        assertThat(settings.passwordReference()).isEqualTo("${PRACTICE_DB_PASSWORD}");
    }

    @Test
    void aPasswordWrittenInTheFileIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> parse(EXAMPLE.replace("${PRACTICE_DB_PASSWORD}", "hunter2")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("sqlView.password")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void bothQueryAndViewAreRefused() {
        assertThatThrownBy(() -> parse(EXAMPLE.replace("  incremental:", "  view: crm_clients_v\n  incremental:")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("either query or view");
    }

    @Test
    void aViewNameThatIsNotAPlainNameIsRefused() {
        assertThatThrownBy(() -> parse(EXAMPLE.replace("query: \"select * from crm_clients_v\"",
                "view: \"crm; drop table x\"")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("sqlView.view");
    }

    @Test
    void aBadIncrementalBlockNamesWhatIsWrong() {
        assertThatThrownBy(() -> parse(EXAMPLE.replace("overlap: PT5M", "overlap: five minutes")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("sqlView.incremental")
                .hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> parse(EXAMPLE.replace("column: updated_at", "column: \"updated_at; --\"")))
                .isInstanceOf(ConnectorConfigException.class).hasMessageContaining("plain column name");
    }
}
