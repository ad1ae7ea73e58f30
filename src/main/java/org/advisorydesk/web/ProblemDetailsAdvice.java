package org.advisorydesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception of the JSON API into RFC 7807 problem details. Invalid input names each bad
 * field under {@code errors}; nothing unexpected leaks more than a generic 500. Only the API's
 * controllers ({@code @RestController}): a path no controller serves is the container's 404, which
 * {@link ErrorPages} answers as a page or as problem details by the path.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("reason", e.messageKey());
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** An upload that could not be read (most are answered before, by the MultipartGate); one over the limit is a 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableUpload(MultipartException e, WebRequest request) throws Exception {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem("body", "is not a well-formed multipart body"))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        Optional<ConflictException> race = RaceConflicts.of(e);
        if (race.isPresent()) {
            log.info("A race answered 409: {}", e.toString());
            return conflict(race.get());
        }
        log.error("Unexpected error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    /** A parameter of the wrong type, named: {@code ?page=abc}, {@code /documents/abc}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(List.of(mismatchProblem(ex))));
    }

    static FieldProblem mismatchProblem(TypeMismatchException ex) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        boolean number = type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
        return new FieldProblem(name == null ? "parameter" : name, number ? "must be a whole number" : "has the wrong type");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = invalid(List.of(new FieldProblem(unknown.getPropertyName(), "is not a known field")));
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = invalid(List.of(new FieldProblem(path(mapping), "has the wrong type")));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The body is not well-formed JSON.");
            problem.setTitle("Malformed request body");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The most problems one answer names: a body with thousands of bad items is told of the first ones, and how many there were. */
    static final int MAX_PROBLEMS = 20;

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        List<FieldProblem> sorted = problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field)).limit(MAX_PROBLEMS).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + String.join(", ", sorted.stream().map(FieldProblem::field).distinct().toList()) + ".");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", sorted);
        if (problems.size() > sorted.size()) {
            problem.setProperty("errorCount", problems.size());
        }
        return problem;
    }
}
