package org.advisorydesk.kernel;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * A refusal answered as RFC 7807 problem details by what stands outside Spring MVC (security entry
 * points, filters, Tomcat's error valve), written as the MVC advice writes them: one shape everywhere.
 */
public final class Problems {

    /** Spring's builder registers ProblemDetail's mix-in (its extra properties at the top level). */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

    private Problems() {
    }

    /** The problem's JSON. */
    public static String json(int status, String detail) {
        try {
            return JSON.writeValueAsString(ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers with the problem: status, content type and body (instance: the path asked, or none). */
    public static void write(HttpServletResponse response, HttpStatus status, String detail, String instance) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // bytes in UTF-8, as JSON is (no charset parameter: application/problem+json has none)
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
