package be.crmconnector.validation.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found in one value.
 *
 * @param severity ERROR rejects the value, WARNING keeps it
 * @param code     stable UPPER_SNAKE identifier that reports, filters and tests rely on; never rename one
 * @param message  plain words for an office worker; never carries an unmasked national register number
 */
public record Finding(Severity severity, String code, String message) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    /*
     * Messages end up in error reports, mails and logs. Validators do not echo input values, but this is the
     * last line of defence: anything shaped like a national register number (11 digits, separators allowed)
     * is masked here, so a careless future message cannot leak one.
     */
    private static final Pattern NATIONAL_NUMBER_SHAPE =
            Pattern.compile("(?<!\\d)(\\d{2})[.\\- ]?(\\d{2})[.\\- ]?(\\d{2})[.\\- ]?\\d{3}[.\\- ]?\\d{2}(?!\\d)");

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Finding code must be UPPER_SNAKE: " + code);
        }
        message = NATIONAL_NUMBER_SHAPE.matcher(message).replaceAll("$1.$2.$3-***.**");
    }

    public static Finding error(String code, String message) {
        return new Finding(Severity.ERROR, code, message);
    }

    public static Finding warning(String code, String message) {
        return new Finding(Severity.WARNING, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
