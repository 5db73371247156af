package be.crmconnector.outbox;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of outbound messages, from Thymeleaf TEXT templates ({@code [(${name})]} inserts a value): first from
 * the integrator's folder ({@code crm.outbox.templates-dir}), else the built-in ones under {@code mail-templates/}.
 * A template's first line is the subject, the rest the body.
 */
public class MailTemplates {
    private final TemplateEngine engine = new TemplateEngine();

    public MailTemplates(Path editableDir) {
        int order = 1;
        if (editableDir != null) {
            FileTemplateResolver files = new FileTemplateResolver();
            files.setPrefix(editableDir.toAbsolutePath() + "/");
            files.setSuffix(".txt");
            files.setTemplateMode(TemplateMode.TEXT);
            files.setCharacterEncoding(StandardCharsets.UTF_8.name());
            files.setCheckExistence(true);
            files.setCacheable(false); // an edit counts at the next message
            files.setOrder(order++);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver();
        builtIn.setPrefix("mail-templates/");
        builtIn.setSuffix(".txt");
        builtIn.setTemplateMode(TemplateMode.TEXT);
        builtIn.setCharacterEncoding(StandardCharsets.UTF_8.name());
        builtIn.setCheckExistence(true);
        builtIn.setOrder(order);
        engine.addTemplateResolver(builtIn);
    }

    /** A subject and a body. */
    public record Text(String subject, String body) {
    }

    public Text render(String template, Locale locale, Map<String, Object> values) {
        String text = engine.process(template, new Context(locale, values)).replace("\r\n", "\n");
        int firstBreak = text.indexOf('\n');
        String subject = (firstBreak < 0 ? text : text.substring(0, firstBreak)).replaceFirst("^Subject:\\s*", "").trim();
        return new Text(subject, firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip() + "\n");
    }
}
