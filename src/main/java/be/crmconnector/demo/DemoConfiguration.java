package be.crmconnector.demo;

import be.crmconnector.simulator.adminpulse.AdminPulseSimulator;
import be.crmconnector.simulator.adminpulse.RelationSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The demo profile: an AdminPulse simulator with the demo seed, for the {@code adminpulse-demo} connector. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean(destroyMethod = "close")
    AdminPulseSimulator adminPulseSimulator(@Value("${crm.demo.adminpulse.port:8089}") int port,
                                            @Value("${crm.demo.adminpulse.api-key}") String apiKey) {
        AdminPulseSimulator simulator = AdminPulseSimulator.builder().port(port).apiKey(apiKey)
                .seed(RelationSeed.demo()).build().start();
        LOG.info("Demo AdminPulse simulator listening on {}", simulator.baseUrl());
        return simulator;
    }
}
