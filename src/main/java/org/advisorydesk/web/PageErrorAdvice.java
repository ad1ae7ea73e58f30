package org.advisorydesk.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Errors of server-rendered pages as pages (the JSON API keeps its problem details), never a stack
 * trace: a request the user may not see is "not found", as if it did not exist. Each group of pages
 * extends this with its own error view and the controllers it serves.
 */
public abstract class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    private final String view;

    /** The view shows {@code status} and the message key {@code messageKey} (from {@code portal.error.*}). */
    protected PageErrorAdvice(String view) {
        this.view = view;
    }

    @ExceptionHandler(NotFoundException.class)
    protected ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "portal.error.notFound");
    }

    /** Bad input: the page names each field and what is wrong with it ({@code problems}). */
    @ExceptionHandler(InvalidInputException.class)
    protected ModelAndView invalid(InvalidInputException e) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, "portal.error.badRequest");
        page.addObject("problems", e.problems());
        return page;
    }

    /**
     * Someone else acted first (or the thing's state forbids it now): back to the pages' start (the
     * task list, the portal) with what happened, not an error page.
     */
    @ExceptionHandler(ConflictException.class)
    protected ModelAndView conflict(ConflictException e, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request).put("conflict", e.messageKey());
        RedirectView back = new RedirectView(home(), true);
        back.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(back);
    }

    /** Where a conflict sends the user back to: {@code /work} for the workspace's pages, {@code /portal} for the portal's. */
    protected String home() {
        return "/" + view.substring(0, view.indexOf('/'));
    }

    @ExceptionHandler(ForbiddenException.class)
    protected ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "portal.error.forbidden");
    }

    /** A parameter of the wrong type ({@code ?page=abc}, a document id that is no number): named, as bad input. */
    @ExceptionHandler(TypeMismatchException.class)
    protected ModelAndView mismatch(TypeMismatchException e) {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, "portal.error.badRequest");
        page.addObject("problems", java.util.List.of(ProblemDetailsAdvice.mismatchProblem(e)));
        return page;
    }

    /** An upload that could not be read (most are answered before, by the MultipartGate). */
    @ExceptionHandler(MultipartException.class)
    protected ModelAndView unreadableUpload() {
        ModelAndView page = page(HttpStatus.BAD_REQUEST, "portal.error.badRequest");
        page.addObject("problems", java.util.List.of(new FieldProblem("body", "is not a well-formed multipart body")));
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    protected ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "portal.error.tooLarge");
    }

    @ExceptionHandler(Exception.class)
    protected ModelAndView unexpected(Exception e, HttpServletRequest request) {
        Optional<ConflictException> race = RaceConflicts.of(e);
        if (race.isPresent()) {
            log.info("A race on a page answered as a conflict: {}", e.toString());
            return conflict(race.get(), request);
        }
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return page(HttpStatus.valueOf(status.value()), status.is4xxClientError() ? "portal.error.badRequest"
                    : "portal.error.unexpected");
        }
        log.error("Unexpected error on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "portal.error.unexpected");
    }

    private ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }
}
