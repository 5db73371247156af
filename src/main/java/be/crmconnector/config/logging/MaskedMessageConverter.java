package be.crmconnector.config.logging;

import be.crmconnector.model.Masking;
import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}, {@code %msg}, {@code %message}) with every valid national register number masked,
 * whoever logged it: the product, the JDBC driver, Camel or Spring. Registered in {@code logback-spring.xml}.
 */
public class MaskedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Masking.nationalNumbersIn(super.convert(event));
    }
}
