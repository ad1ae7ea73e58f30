package org.advisorydesk.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.kernel.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers API clients that are not signed in, or not allowed, with RFC 7807 problem details. */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {


    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if (authException instanceof SignInThrottledException throttled) {
            // the client failed too often: it waits; the account is not locked
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins from this client: wait "
                    + throttled.seconds() + " seconds before the next attempt. The account is not locked.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ratification Advisory Desk\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with a valid user name and password.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your groups do not allow this.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Problems.write(response, status, detail, request.getRequestURI());
    }
}
