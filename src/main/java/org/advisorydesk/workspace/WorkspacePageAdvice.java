package org.advisorydesk.workspace;

import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the staff workspace's pages as pages, never a stack trace; what a user may not see is "not found". */
@ControllerAdvice(assignableTypes = { TaskListController.class, TaskPageController.class, RequestFileController.class,
        RequestListController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspacePageAdvice {

    private static final Logger log = LoggerFactory.getLogger(WorkspacePageAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "portal.error.notFound", null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, "portal.error.badRequest", e);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return page(HttpStatus.CONFLICT, "portal.error.conflict", e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return page(HttpStatus.FORBIDDEN, "portal.error.forbidden", e);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "portal.error.tooLarge", null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return page(HttpStatus.valueOf(response.getStatusCode().value()), "portal.error.badRequest", null);
        }
        log.error("Unexpected error on a workspace page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "portal.error.unexpected", null);
    }

    private static ModelAndView page(HttpStatus status, String messageKey, RuntimeException cause) {
        ModelAndView page = new ModelAndView("work/error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        if (cause instanceof InvalidInputException invalid) {
            page.addObject("problems", invalid.problems());
        }
        return page;
    }
}
