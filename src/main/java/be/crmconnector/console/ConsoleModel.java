package be.crmconnector.console;

import be.crmconnector.model.Masking;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What every console page uses: the languages of the switch, times written in the service's time zone, and free text
 * masked for a VIEWER.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ModelAttribute("languages")
    List<String> languages() {
        return ConsoleConfiguration.LANGUAGES.stream().map(Locale::getLanguage).toList();
    }

    @ModelAttribute("fmt")
    Formats formats(Authentication user) {
        return new Formats(ZoneId.systemDefault(), !seesClearValues(user));
    }

    /**
     * Formats for templates, with one sign for an empty value ({@link #NOTHING}). {@code text} is how free text (a
     * file name, a reason) is shown: to a VIEWER with every national register number in it masked, as the API shows it.
     */
    public record Formats(ZoneId zone, boolean masked) {
        /** The one sign every page shows for "nothing here": no date, no usage, no value. */
        public static final String NOTHING = "—";

        public String time(Instant instant) {
            return instant == null ? NOTHING : TIME.format(instant.atZone(zone));
        }

        /** The value, or {@link #NOTHING} when there is none. */
        public String or(String value) {
            return value == null || value.isBlank() ? NOTHING : value;
        }

        public String text(String value) {
            return value == null || !masked ? value : Masking.nationalNumbersIn(value);
        }
    }

    private static boolean seesClearValues(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_OPERATOR"));
    }
}
