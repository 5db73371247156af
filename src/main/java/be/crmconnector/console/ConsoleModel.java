package be.crmconnector.console;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** What every console page uses: the languages of the switch, and times written in the service's time zone. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
public class ConsoleModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ModelAttribute("languages")
    List<String> languages() {
        return ConsoleConfiguration.LANGUAGES.stream().map(Locale::getLanguage).toList();
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return new Formats(ZoneId.systemDefault());
    }

    /** Formats for templates. */
    public record Formats(ZoneId zone) {
        public String time(Instant instant) {
            return instant == null ? "" : TIME.format(instant.atZone(zone));
        }
    }
}
