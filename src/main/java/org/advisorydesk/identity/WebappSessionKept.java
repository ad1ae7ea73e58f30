package org.advisorydesk.identity;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A forged call to the Camunda webapps' API must not sign the administrator out of the desk. The
 * webapps' CSRF filter ({@code CsrfPreventionFilter}) answers a missing or wrong {@code X-XSRF-TOKEN}
 * with {@code 403} and invalidates the HTTP session; with single sign-on that session is the desk's
 * own, so any page of another site could end an administrator's work on every page of the desk with one
 * forged request. The webapps' calls are handed a session that cannot be invalidated from there: the
 * forged call is still refused, and the session and its tokens stay as they were. Signing out stays
 * the desk's ({@code /logout}).
 */
@Configuration
class WebappSessionKept {

    private static final Logger LOG = LoggerFactory.getLogger(WebappSessionKept.class);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webappSessionKeptFilter(CamundaBpmProperties properties) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new KeptSessionRequest(request), response);
            }
        });
        registration.setName("camunda-webapp-session-kept");
        // after Spring Security (which signed the user in), before the webapps' own filters
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        registration.addUrlPatterns(properties.getWebapp().getApplicationPath() + "/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** The request as the webapps see it: its session's {@code invalidate()} is refused quietly. */
    private static final class KeptSessionRequest extends HttpServletRequestWrapper {

        KeptSessionRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return kept(super.getSession());
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            return session == null ? null : kept(session);
        }

        private static HttpSession kept(HttpSession session) {
            return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("invalidate")) {
                            LOG.warn("A call to the Camunda webapps failed their CSRF check; the session they asked to end is kept");
                            return null;
                        }
                        try {
                            return method.invoke(session, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
