package be.crmconnector.demo;

import be.crmconnector.config.ConnectorOverride;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo profile: an AdminPulse simulator with the demo seed on {@code crm.demo.adminpulse.port}, and the
 * {@code adminpulse-demo} connector pointed at it, so that the one property moves both.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoAdminPulse demoAdminPulse(@Value("${" + DemoAdminPulse.PORT_PROPERTY + ":8089}") int port,
                                  @Value("${crm.demo.adminpulse.api-key}") String apiKey) {
        return DemoAdminPulse.start(port, apiKey);
    }

    @Bean
    ConnectorOverride demoConnectorFollowsTheSimulator(DemoAdminPulse simulator) {
        return simulator::follow;
    }
}
