package be.crmconnector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: Spring Boot wires the store, the core pipeline, the Camel edges and the admin API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrmConnectorApplication {
    public static void main(String[] args) {
        SpringApplication.run(CrmConnectorApplication.class, args);
    }
}
