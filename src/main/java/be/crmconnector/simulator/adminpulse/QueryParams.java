package be.crmconnector.simulator.adminpulse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Query-string parameters with the validation AdminPulse applies: a bad value is a 400, never ignored. */
final class QueryParams {

    /** AdminPulse dates in query strings are ddMMyyyy; STRICT rejects 31022026 instead of rolling it over. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> values = new HashMap<>();

    QueryParams(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(decode(name), decode(value));
        }
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = text(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw new BadRequest(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number, was '" + raw.get() + "'");
        }
    }

    /** The page number for fault matching and call counting: lenient, since validation happens later. */
    Integer pageOrNull() {
        try {
            return text("page").map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    Optional<LocalDate> date(String name) {
        Optional<String> raw = text(name);
        try {
            return raw.map(value -> LocalDate.parse(value, DATE));
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + " must be a date as ddMMyyyy, was '" + raw.orElse("") + "'");
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** A request the API answers with 400 (invalid data). */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
