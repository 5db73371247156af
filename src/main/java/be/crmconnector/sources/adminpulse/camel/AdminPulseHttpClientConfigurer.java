package be.crmconnector.sources.adminpulse.camel;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTTP client of AdminPulse calls: its own retries and redirects are off (Camel's redelivery is the only retry,
 * and credentials never follow a redirect), with connect and read timeouts. The overall deadline of a call is the
 * circuit breaker's timeout in the route, since read timeouts alone never fire on a slow trickle.
 */
@Component("adminPulseHttpClientConfigurer")
public class AdminPulseHttpClientConfigurer implements HttpClientConfigurer {
    private final long connectTimeoutMillis;
    private final long readTimeoutMillis;

    public AdminPulseHttpClientConfigurer(@Value("${crm.adminpulse.connect-timeout:5000}") long connectTimeoutMillis,
                                          @Value("${crm.adminpulse.read-timeout:30000}") long readTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    @Override
    @SuppressWarnings("deprecation") // connect timeout on the request config is still honoured by the classic client
    public void configureHttpClient(HttpClientBuilder builder) {
        builder.disableAutomaticRetries()
                .disableRedirectHandling()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(connectTimeoutMillis))
                        .setConnectionRequestTimeout(Timeout.ofMilliseconds(connectTimeoutMillis))
                        .setResponseTimeout(Timeout.ofMilliseconds(readTimeoutMillis))
                        .setRedirectsEnabled(false)
                        .build());
    }
}
