package org.advisorydesk.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default. The JSON API and the engine REST API take HTTP Basic and keep no session; pages
 * and the Camunda webapps share one form login (the webapps read it through
 * {@link CamundaWebappSingleSignOn}) and are for administrators only. Both chains sign in through the
 * one global authentication manager, whose only provider is {@link CamundaIdentityAuthenticationProvider}
 * (the single such bean): a provider added to a chain as well would check each wrong password twice,
 * once in the chain and once in its parent, and count it twice.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /**
     * The pages' Content-Security-Policy: scripts only from the desk's own files (no inline script, no
     * eval), nothing from elsewhere, no framing, forms posted only to the desk. Inline styles stay
     * allowed (a few {@code style} attributes and the process diagram's SVG style).
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The answers to API clients not signed in or not allowed, shared by the chains that take HTTP Basic. */
    @Bean
    SecurityProblems securityProblems() {
        return new SecurityProblems();
    }

    /**
     * The API document: for any signed-in user, with HTTP Basic (a client generating code from it) or
     * the page session (Swagger UI in the browser, after the sign-in page).
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocumentSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
        return http
                .securityMatcher(new OrRequestMatcher(PATHS.matcher("/v3/api-docs"), PATHS.matcher("/v3/api-docs/**"),
                        PATHS.matcher("/v3/api-docs.yaml")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblems problems) throws Exception {
        // path patterns, not MVC matchers: the engine REST API is served by its own (Jersey) servlet
        RequestMatcher api = PATHS.matcher("/api/**");
        RequestMatcher engineRest = PATHS.matcher("/engine-rest/**");
        return http
                .securityMatcher(new OrRequestMatcher(api, engineRest))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasAuthority(Groups.ADMINISTRATORS)
                        .requestMatchers(api).authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                // answers are data, never a page to run or frame
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/login"), PATHS.matcher("/error"), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
                                PATHS.matcher("/webjars/**"), PATHS.matcher("/favicon.ico")).permitAll()
                        // the public treaty status: what the UN Treaty Collection publishes, nothing about requests or people
                        .requestMatchers(PATHS.matcher(org.springframework.http.HttpMethod.GET, "/status")).permitAll()
                        .requestMatchers(PATHS.matcher("/camunda/**")).hasAuthority(Groups.ADMINISTRATORS)
                        // the government portal: focal points of a State only
                        .requestMatchers(PATHS.matcher("/portal/**"), PATHS.matcher("/portal")).access((authentication, context) ->
                                new AuthorizationDecision(CurrentUser.of(authentication.get()).isGovernment()))
                        // the staff workspace: coordinators, agency staff, managers, administrators
                        .requestMatchers(PATHS.matcher("/work/**"), PATHS.matcher("/work")).access((authentication, context) ->
                                new AuthorizationDecision(CurrentUser.of(authentication.get()).isStaff()))
                        .requestMatchers(PATHS.matcher("/"), PATHS.matcher("/swagger-ui/**"), PATHS.matcher("/swagger-ui.html")).authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        // a client told to wait is told so, not that its password is wrong
                        .failureHandler((request, response, exception) -> response.sendRedirect(request.getContextPath()
                                + (exception instanceof SignInThrottledException throttled
                                        ? "/login?wait=" + throttled.seconds() : "/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // the Camunda webapps protect their own API with their own CSRF token
                .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")))
                .headers(headers -> headers
                        // the pages run only the desk's own script files; the Camunda webapps send their own policy
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PATHS.matcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
