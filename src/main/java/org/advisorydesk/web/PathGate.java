package org.advisorydesk.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with {@code 400}, a path whose raw form could be read as another path: dot segments plain or
 * encoded ({@code /api/%2e%2e/engine-rest/task}, {@code /css/../camunda/api/…}), path parameters
 * ({@code ;}), encoded slashes, backslashes and NUL. Tomcat normalises such a path before choosing the
 * servlet while the raw path still names another, and Spring's path parsing, which runs before the
 * security firewall, failed on the mismatch with a {@code 500}. No page or API of the desk has such paths.
 */
class PathGate extends OncePerRequestFilter {

    private static final Pattern AMBIGUOUS = Pattern.compile(
            "(?:^|/)\\.{1,2}(?:/|$)|%2e|%2f|%5c|%00|\\\\|;");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri != null && AMBIGUOUS.matcher(uri.toLowerCase(Locale.ROOT)).find()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
