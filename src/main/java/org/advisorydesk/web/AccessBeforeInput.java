package org.advisorydesk.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rights before input: every call that changes something is checked against the capabilities'
 * {@link PathAccess} rules after its handler is chosen and before its arguments are resolved, so a
 * body is validated ({@code @Valid}, a page's form) only for a caller who may make the change. Without
 * it, a focal point of another State posting an empty body to a request of Paraguay was answered
 * {@code 400} for the body, not {@code 404}: nothing was done, but the answer was not the refusal it
 * should be. An exception thrown here is answered by the same advice as the handler's own.
 */
@Configuration
class AccessBeforeInput implements HandlerInterceptor, WebMvcConfigurer {

    /** Reading is checked by each handler as it reads; only changes carry a body to check. */
    private static final List<String> CHANGES = List.of("POST", "PUT", "PATCH", "DELETE");

    private final List<PathAccess> rules;

    AccessBeforeInput(List<PathAccess> rules) {
        this.rules = rules;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // after the locale's interceptor: a refusal is told in the caller's language
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(handler instanceof HandlerMethod) || !CHANGES.contains(request.getMethod())
                || authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return true;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        CurrentUser user = CurrentUser.of(authentication);
        for (PathAccess rule : rules) {
            if (rule.guards(request.getMethod(), pattern.toString())) {
                rule.check(user, variables == null ? Map.of() : variables);
            }
        }
        return true;
    }
}
