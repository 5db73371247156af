package be.crmconnector.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The console's wiring: {@code /} opens it, {@code /login} is its form, and its language is the browser's
 * (Accept-Language) among English, French and Dutch until the user picks one with {@code ?lang=}, kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration implements WebMvcConfigurer {
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl"));

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/console/connectors");
        registry.addRedirectViewController("/console", "/console/connectors");
        registry.addViewController("/login").setViewName("console/login");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor switcher = new LocaleChangeInterceptor();
        switcher.setParamName("lang");
        switcher.setIgnoreInvalidLocale(true);
        registry.addInterceptor(switcher).addPathPatterns("/login", "/console/**");
    }

    @Bean
    ConsoleUploads consoleUploads() {
        return new ConsoleUploads();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("crm-console-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Strict");
        // No cookie yet: the best match of the browser's languages, English when none of them is offered.
        resolver.setDefaultLocaleFunction(request -> browserLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    static Locale browserLanguage(String acceptLanguage) {
        try {
            Locale best = acceptLanguage == null ? null
                    : Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
