package be.crmconnector.config.logging;

import be.crmconnector.model.Masking;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's exception text ({@code %wEx}: the stack trace, each cause's message, framed by blank lines) with every
 * valid national register number masked: a driver's or a parser's exception message may quote the data it choked on.
 * Registered in {@code logback-spring.xml} for every exception conversion word.
 */
public class MaskedThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Masking.nationalNumbersIn(super.convert(event));
    }
}
