package org.advisorydesk.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads an upload's parts before anything else touches them, so that an upload that cannot be read is
 * answered as the client's mistake: a body over the limit {@code 413}, a malformed or truncated body, a
 * missing boundary or a file name with a NUL {@code 400} (problem details on the API, the product's page
 * on pages, through {@link ErrorPages}). Without it, the first reader was Spring Security's CSRF check
 * (reading the token from the body): Tomcat's parse failure then surfaced as a {@code 500}, or an
 * oversize page upload as a {@code 403} because the token could not be read. The engine REST and the
 * Camunda webapps read their own bodies and are left alone.
 */
class MultipartGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MultipartGate.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        String path = request.getRequestURI();
        return contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            refuse(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Exception e) throws IOException {
        log.info("An upload to {} could not be read: {}", request.getRequestURI(), e.toString());
        if (response.isCommitted()) {
            // the body ended before its length (the client stopped sending): Tomcat has closed the exchange
            // already; there is nobody to answer, and a sendError now would end as a 500
            return;
        }
        if (causedBy(e, SizeException.class)) {
            request.setAttribute(ErrorPages.MESSAGE_KEY, "portal.error.tooLarge");
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (causedBy(e, InvalidFileNameException.class)) {
            request.setAttribute(ErrorPages.PROBLEMS, List.of(new FieldProblem("file", "has a file name with characters that are not allowed")));
        } else {
            request.setAttribute(ErrorPages.PROBLEMS, List.of(new FieldProblem("body", "is not a well-formed multipart body")));
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
