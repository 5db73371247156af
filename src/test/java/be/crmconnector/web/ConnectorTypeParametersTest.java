package be.crmconnector.web;

import be.crmconnector.connector.CommonParameters;
import be.crmconnector.connector.Parameter;
import be.crmconnector.sources.adminpulse.AdminPulseType;
import be.crmconnector.sources.filedrop.FileDropType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Connector types link to their parameters, which list the settings every connector has first, then the type's own. */
class ConnectorTypeParametersTest extends WebSliceTest {
    @Autowired
    ObjectMapper json;

    JsonNode getJson(String url) throws Exception {
        return json.readTree(mvc.perform(get(url).with(VIEWER)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static List<String> names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    static List<String> commonThen(List<Parameter> own) {
        return Stream.concat(CommonParameters.ALL.stream(), own.stream()).map(Parameter::name).toList();
    }

    @Test
    void everyTypeIsListedWithTheAddressOfItsParameters() throws Exception {
        JsonNode types = getJson("/api/connector-types");

        assertThat(types).extracting(t -> t.get("name").asText())
                .containsExactlyInAnyOrder("csv-drop", "xlsx-drop", "adminpulse", "sql-view", "salesforce");
        assertThat(types).allSatisfy(t -> {
            assertThat(t.get("parameters").asText())
                    .isEqualTo("/api/connector-types/" + t.get("name").asText() + "/parameters");
            assertThat(t.get("description").asText()).isNotBlank();
        });
    }

    @Test
    void theCommonParametersComeFirstThenTheTypesOwn() throws Exception {
        assertThat(names(getJson("/api/connector-types/adminpulse/parameters")))
                .containsExactlyElementsOf(commonThen(new AdminPulseType().parameters()));
        assertThat(names(getJson("/api/connector-types/csv-drop/parameters")))
                .containsExactlyElementsOf(commonThen(FileDropType.CSV.parameters()));
    }

    @Test
    void eachParameterSaysItsTitleTypeDefaultAndWhetherItIsASecret() throws Exception {
        JsonNode parameters = getJson("/api/connector-types/adminpulse/parameters");

        JsonNode gate = find(parameters, "gate");
        assertThat(gate.get("title").asText()).isEqualTo("Gate");
        assertThat(gate.get("type").asText()).isEqualTo("string");
        assertThat(gate.get("defaultValue").asText()).isEqualTo("auto");
        assertThat(gate.get("required").asBoolean()).isFalse();
        assertThat(gate.get("secret").asBoolean()).isFalse();
        JsonNode apiKey = find(parameters, "adminpulse.apiKey");
        assertThat(apiKey.get("secret").asBoolean()).isTrue();
        assertThat(apiKey.get("required").asBoolean()).isTrue();
        assertThat(apiKey.get("example").asText()).isEqualTo("${ADMINPULSE_API_KEY}");
        assertThat(apiKey.has("defaultValue")).as("a secret has no default").isFalse();
    }

    static JsonNode find(JsonNode parameters, String name) {
        for (JsonNode p : parameters) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " in " + parameters);
    }
}
