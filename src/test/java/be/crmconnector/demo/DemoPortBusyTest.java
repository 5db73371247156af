package be.crmconnector.demo;

import be.crmconnector.connector.ConnectorRegistry;
import be.crmconnector.support.StoreTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A demo port already in use gives one plain log line, no stack trace; the demo starts with its connector disabled. */
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoPortBusyTest extends StoreTest {
    static final ServerSocket TAKEN = takeAPort();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        useH2(registry);
        registry.add("crm.demo.adminpulse.port", TAKEN::getLocalPort);
    }

    static ServerSocket takeAPort() {
        try {
            return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void freeThePort() throws IOException {
        TAKEN.close();
    }

    @Autowired
    ConnectorRegistry connectors;
    @Autowired
    MockMvc mvc;

    /** First, so that the context starts while this test's output is captured. */
    @Test
    @Order(1)
    void theServiceStartsAndSaysInOnePlainLineThatThePortIsInUse(CapturedOutput output) {
        String port = String.valueOf(TAKEN.getLocalPort());

        assertThat(output.getAll().lines().filter(line -> line.contains("Demo AdminPulse simulator")))
                .singleElement().satisfies(line -> assertThat(line).contains("not started").contains(port)
                        .contains("in use").contains("crm.demo.adminpulse.port"));
        assertThat(output.getAll()).doesNotContain("BindException").doesNotContain("Cannot bind");
        // Stack traces from the demo's start: other contexts cached in this JVM may log theirs meanwhile.
        assertThat(output.getAll().lines().filter(line -> line.startsWith("\tat ") && line.contains("crmconnector.demo")))
                .isEmpty();
    }

    @Test
    @Order(2)
    void theDemoConnectorIsDisabledSoItNeverSyncsAgainstWhateverHoldsThePort() throws Exception {
        assertThat(connectors.find("adminpulse-demo").orElseThrow().enabled()).isFalse();

        mvc.perform(post("/api/connectors/adminpulse-demo/runs").with(httpBasic("admin", "test-admin-password")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("adminpulse-demo is disabled")));
    }
}
