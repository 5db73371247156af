package be.crmconnector.security;

import be.crmconnector.config.CrmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Every API call and console page needs a login (HTTP Basic or session). Roles: ADMIN, OPERATOR, VIEWER. Health is
 * public; the other actuator endpoints are for ADMIN only. Changes authenticated by the session cookie alone need a
 * CSRF token; failed logins are logged and throttled per user and per address.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);
    /** The challenge Spring Security answers a Basic call with by default (realm "Realm"), kept as it was. */
    private static final BasicAuthenticationEntryPoint BASIC = new BasicAuthenticationEntryPoint();

    static {
        BASIC.setRealmName("Realm");
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
                        // GDPR erasure and the suppression list are for administrators, reading included.
                        .requestMatchers("/api/clients/*/erase", "/api/suppressions/**", "/api/erasures/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole("ADMIN", "OPERATOR", "VIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/connectors/*/stop", "/api/connectors/*/start")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/**").hasAnyRole("ADMIN", "OPERATOR")
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated()
                        // The console: its login page and the files that page needs are public; its changes by role.
                        .requestMatchers("/login", "/console/assets/**", "/webjars/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/console/connectors/*/route/*", "/console/connectors/*/sync")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/console/**").hasAnyRole("ADMIN", "OPERATOR")
                        .anyRequest().authenticated())
                // Beside Basic, a login form for the console. A call without a login is answered 401 with the Basic
                // challenge everywhere but on console pages, which go to the login form instead.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console/connectors", true)
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoints()))
                // A password check costs a BCrypt hash (tens of milliseconds of CPU, on purpose): a client that polls
                // would spend the service's cores on it. The login is kept in the session, so a client that sends
                // back its session cookie is checked once. The cookie is SameSite=Strict (application.yml): no other
                // site's page can ride on it, but a page of the same site can (another port, a sibling sub-domain),
                // hence the CSRF token below.
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint(BASIC))
                // No login page to come back to: a refused call must not open a session (one per anonymous call).
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // Scripts send their Basic login with every change and need no token; a change that only the session
                // cookie authenticates (a browser) needs the CSRF token: see CsrfRequired.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(new CsrfRequired())
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenFromHeaderOrForm()))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** The login form for console pages (a browser asking for HTML), the Basic challenge (401) for all else. */
    private static AuthenticationEntryPoint entryPoints() {
        var byRequest = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        byRequest.put(request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.equals("/") || path.equals("/console") || path.startsWith("/console/");
        }, new LoginUrlAuthenticationEntryPoint("/login"));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byRequest);
        entryPoint.setDefaultEntryPoint(BASIC);
        return entryPoint;
    }

    @Bean
    LoginThrottle loginThrottle(@Value("${crm.login-throttle.max-failures:5}") int maxFailures,
                                @Value("${crm.login-throttle.lock:10m}") Duration lock,
                                ObjectProvider<Clock> clock) {
        return new LoginThrottle(maxFailures, lock, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    FailedLogins failedLogins(LoginThrottle throttle) {
        return new FailedLogins(throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(CrmProperties properties, PasswordEncoder encoder, Environment environment) {
        List<UserDetails> users = new ArrayList<>();
        for (CrmProperties.User user : properties.users()) {
            users.add(User.withUsername(user.name()).password(prefixed(user.password()))
                    .roles(user.roles().toArray(String[]::new)).build());
        }
        if (users.isEmpty()) {
            String password = environment.getProperty("CRM_ADMIN_PASSWORD");
            if (password == null || password.isBlank()) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                // Logged once, on purpose: the only way in when no user is configured. Set CRM_ADMIN_PASSWORD instead.
                LOG.warn("No user configured and CRM_ADMIN_PASSWORD not set; generated password for 'admin': {}",
                        password);
            }
            users.add(User.withUsername("admin").password(encoder.encode(password)).roles("ADMIN").build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    private static String prefixed(String password) {
        return password.startsWith("{") ? password : "{noop}" + password;
    }
}
