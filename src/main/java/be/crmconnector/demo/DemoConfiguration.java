package be.crmconnector.demo;

import be.crmconnector.config.ConnectorOverride;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The demo profile: an AdminPulse simulator with the demo seed on {@code crm.demo.adminpulse.port}, and the
 * {@code adminpulse-demo} connector pointed at it, so that the one property moves both; and a sample practice
 * database (H2, apart from the store) with the view the {@code practice-db-demo} connector reads; and a Salesforce
 * simulator on {@code crm.demo.salesforce.port} with the {@code salesforce-demo} connector following it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoConfiguration {

    @Bean(destroyMethod = "close")
    DemoAdminPulse demoAdminPulse(@Value("${" + DemoAdminPulse.PORT_PROPERTY + ":8089}") int port,
                                  @Value("${crm.demo.adminpulse.api-key}") String apiKey) {
        return DemoAdminPulse.start(port, apiKey);
    }

    @Bean(destroyMethod = "close")
    DemoSalesforce demoSalesforce(@Value("${" + DemoSalesforce.PORT_PROPERTY + ":8091}") int port,
                                  @Value("${crm.demo.salesforce.client-id}") String clientId,
                                  @Value("${crm.demo.salesforce.client-secret}") String clientSecret) {
        return DemoSalesforce.start(port, clientId, clientSecret);
    }

    @Bean
    ConnectorOverride demoSalesforceConnectorFollowsItsSimulator(DemoSalesforce simulator) {
        return simulator::follow;
    }

    /** The H2-backed sample view the {@code practice-db-demo} connector reads. */
    @Bean(destroyMethod = "close")
    DemoPracticeDatabase demoPracticeDatabase(@Value("${crm.demo.practice-db.user}") String user,
                                              @Value("${crm.demo.practice-db.password}") String password) {
        return DemoPracticeDatabase.create(user, password);
    }

    @Bean
    ConnectorOverride demoConnectorFollowsTheSimulator(DemoAdminPulse simulator) {
        return simulator::follow;
    }
}
