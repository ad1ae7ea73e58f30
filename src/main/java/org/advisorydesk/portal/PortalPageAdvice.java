package org.advisorydesk.portal;

import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the portal's pages as pages (the JSON API keeps its problem details): another State's
 * request is "not found", as if it did not exist.
 */
@ControllerAdvice(assignableTypes = { PortalPageController.class, PortalRequestController.class,
        PortalTaskController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalPageAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND, "portal.error.notFound");
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST, "portal.error.badRequest");
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict() {
        return page(HttpStatus.CONFLICT, "portal.error.conflict");
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "portal.error.forbidden");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "portal.error.tooLarge");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ErrorResponse response) {
            HttpStatusCode status = response.getStatusCode();
            return page(HttpStatus.valueOf(status.value()), status.is4xxClientError() ? "portal.error.badRequest"
                    : "portal.error.unexpected");
        }
        log.error("Unexpected error on a portal page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "portal.error.unexpected");
    }

    private static ModelAndView page(HttpStatus status, String messageKey) {
        ModelAndView page = new ModelAndView("portal/error", status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        return page;
    }
}
