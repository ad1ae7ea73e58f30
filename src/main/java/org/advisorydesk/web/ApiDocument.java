package org.advisorydesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.advisorydesk.identity.CurrentUser;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ProblemDetail;

/**
 * The API document at {@code /v3/api-docs}: named and versioned, HTTP Basic declared for every
 * operation, the signed-in user (resolved on the server) left out of the parameters, and every error an
 * operation can answer described with the problem-details schema, so that a client generated from it
 * and Swagger UI's "Try it out" work.
 */
@Configuration
class ApiDocument {

    static final String BASIC = "basic";
    static final String EXAMPLES = "openapi/request-examples.json";
    private static final String PROBLEM = "ProblemDetail";

    static {
        // resolved from the signed-in user by CurrentUserArgumentResolver: no parameter of the request
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI advisoryDeskApi(@Value("${advisorydesk.api.version:1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Ratification Advisory Desk API")
                        .version(version)
                        .description("""
                                Technical assistance on ratifying and implementing the 1990 Migrant Workers Convention \
                                (ICRMW) and ILO Conventions 97 and 143: governments submit and follow their requests; \
                                the agencies (ILO, IOM, OHCHR, UNESCO) work on them; coordinators keep the treaty register. \
                                Every call signs in with HTTP Basic (the desk's user name and password). What a caller \
                                sees follows their groups: a government only its own State's requests, staff their \
                                agency's work. Errors are RFC 7807 problem details (application/problem+json); invalid \
                                input names each field under `errors`. A POST that creates something may carry an \
                                `Idempotency-Key` header: the same key answers the first answer again.""")
                        // no licence: OpenAPI wants one named by an SPDX identifier or a URL, and the desk's has neither
                        .contact(new Contact().name("Ratification Advisory Desk")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The desk's user name and password"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /**
     * Every JSON body an operation takes has an example a client can send as it is (Swagger UI's "Try it
     * out" starts from it), kept in {@code openapi/request-examples.json} by "method path". A body without its
     * example is refused when the document is made (ApiDocumentTest fails), so no operation goes
     * undocumented.
     */
    @Bean
    OpenApiCustomizer requestExamples(ObjectMapper mapper) throws IOException {
        JsonNode examples;
        try (InputStream in = new ClassPathResource(EXAMPLES).getInputStream()) {
            examples = mapper.readTree(in);
        }
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Content body = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            MediaType json = body == null ? null : body.get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
            if (json != null && isUpload(json)) {
                // springdoc lists a file part of a mapping without "consumes" as JSON; the upload takes multipart
                // only (a "consumes" on the mapping would answer a stranger 415 before their rights are looked at)
                body.remove(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
                body.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, json);
            } else if (json != null) {
                String key = method.name().toLowerCase(Locale.ROOT) + " " + path;
                JsonNode example = examples.get(key);
                if (example == null) {
                    throw new IllegalStateException("No example body for " + key + " in " + EXAMPLES);
                }
                json.setExample(mapper.convertValue(example, Object.class));
            }
        }));
    }

    /** A body with a file among its parts. */
    @SuppressWarnings("rawtypes")
    private static boolean isUpload(MediaType body) {
        Map<String, Schema> parts = body.getSchema() == null ? null : body.getSchema().getProperties();
        return parts != null && parts.values().stream().anyMatch(part -> "binary".equals(part.getFormat()));
    }

    /** Every operation's errors, described with the problem schema (those it declares itself are kept). */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // last, so that the schema springdoc derived from ProblemDetail does not replace this one
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operation.setResponses(errors(path, method, operation))));
        };
    }

    /** The operation's answers with the errors it can give; every error answers the problem schema. */
    private static ApiResponses errors(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (takesInput) {
            responses.putIfAbsent("400", new ApiResponse().description("Invalid input: each bad field is named under `errors`"));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("415", new ApiResponse().description("The body is not of a media type the operation takes"));
        }
        responses.putIfAbsent("401", new ApiResponse().description("Not signed in, or a wrong user name or password"));
        responses.putIfAbsent("403", new ApiResponse().description("The caller's groups do not allow this"));
        if (path.contains("{")) {
            responses.putIfAbsent("404", new ApiResponse().description("Nothing of that name, or nothing the caller may see"));
        }
        if (method != PathItem.HttpMethod.GET) {
            responses.putIfAbsent("409", new ApiResponse().description("Someone acted first, or the thing's state no longer allows this"));
        }
        responses.putIfAbsent("429", new ApiResponse().description("Too many failed sign-ins from this client: wait as Retry-After says"));
        // springdoc documents the advice's catch-all as a 500 of any content; the desk answers no input with one
        responses.remove("500");
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        return responses;
    }

    private static Content problemContent() {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> read = ModelConverters.getInstance().read(ProblemDetail.class);
        Schema problem = read.getOrDefault("ProblemDetail", new Schema<>().type("object"));
        problem.description("RFC 7807 problem details");
        problem.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new Schema<>().type("object")
                .addProperty("field", new Schema<>().type("string").example("assistanceTypes[0]"))
                .addProperty("message", new Schema<>().type("string").example("must be one of [LEGISLATIVE_REVIEW, ...]")))
                .description("Invalid input: each bad field and what is wrong with it"));
        problem.addProperty("reason", new Schema<>().type("string").description("A conflict's reason, as a message key"));
        return problem;
    }
}
