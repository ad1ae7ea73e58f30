package org.advisorydesk.demo;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.kernel.Problems;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * While the demo desk is being made, the engine's clock is moved back through two years: anything a
 * user did then would be recorded at a wrong time. So every request is answered {@code 503} with
 * {@code Retry-After} until it is done (a minute or two, once, on a fresh database).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoPreparation extends OncePerRequestFilter {

    private final AtomicBoolean preparing = new AtomicBoolean();
    private final MessageSource messages;

    DemoPreparation(MessageSource messages) {
        this.messages = messages;
    }

    void started() {
        preparing.set(true);
    }

    void finished() {
        preparing.set(false);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!preparing.get()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        String text = messages.getMessage("demo.preparing", null,
                "The demo desk is being prepared; try again in a minute.", RequestContextUtils.getLocale(request));
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
            // the API answers every refusal as problem details, this one too
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, text, path);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
