package be.crmconnector.config;

import be.crmconnector.connector.ConnectorTypes;
import be.crmconnector.sources.adminpulse.AdminPulseType;
import be.crmconnector.sources.filedrop.FileDropType;
import be.crmconnector.sources.salesforce.SalesforceType;
import be.crmconnector.sources.sqlview.SqlViewType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** The connector types this service knows: a new type is its own package under {@code sources} plus one line here. */
@Configuration(proxyBeanMethods = false)
public class ConnectorTypesConfiguration {

    /** Every built-in type, for the service and for tests that read connector files. */
    public static ConnectorTypes builtIn() {
        return new ConnectorTypes(List.of(
                FileDropType.CSV,
                FileDropType.XLSX,
                new AdminPulseType(),
                new SqlViewType(),
                new SalesforceType()));
    }

    @Bean
    ConnectorTypes connectorTypes() {
        return builtIn();
    }
}
