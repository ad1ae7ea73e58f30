package org.advisorydesk.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container answers when no controller did: a request the firewall refused (dot
 * segments, encoded slashes), a denial of the page chain, an upload the {@link MultipartGate} could not
 * read, a path nobody serves. The API and the engine REST get problem details; pages get the product's
 * own page in the user's language, with a way back (the portal's or the workspace's when the user is
 * signed in). {@code GET /error} called directly is "not found".
 */
@Controller
class ErrorPages implements ErrorController {

    private final String uploadLimit;

    ErrorPages(MultipartProperties multipart) {
        this.uploadLimit = readable(multipart.getMaxFileSize()) + " / " + readable(multipart.getMaxRequestSize());
    }

    private static String readable(DataSize size) {
        return size == null ? "?" : size.toMegabytes() + " MB";
    }

    /** A request attribute: the message key of what went wrong, set by whoever sent the error. */
    static final String MESSAGE_KEY = ErrorPages.class.getName() + ".messageKey";
    /** A request attribute: the field problems of an input that could not be read. */
    static final String PROBLEMS = ErrorPages.class.getName() + ".problems";

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        // called directly, not forwarded by the container: there is nothing at /error
        HttpStatus status = code instanceof Integer number ? statusOf(number) : HttpStatus.NOT_FOUND;
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String messageKey = (String) request.getAttribute(MESSAGE_KEY);
        if (messageKey == null) {
            messageKey = messageKey(status);
        }
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = (List<FieldProblem>) request.getAttribute(PROBLEMS);
        if (isApi(uri, request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status)
                    + (status == HttpStatus.PAYLOAD_TOO_LARGE ? " At most " + uploadLimit + " (a file / a whole upload)." : ""));
            problem.setInstance(URI.create(safePath(uri)));
            if (problems != null) {
                problem.setTitle("Invalid input");
                problem.setProperty("errors", problems);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        CurrentUser user = signedIn();
        String view = user == null ? "error" : user.isGovernment() ? "portal/error" : user.isStaff() ? "work/error" : "error";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("problems", problems);
        if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
            page.addObject("uploadLimit", uploadLimit);
        }
        return page;
    }

    private static boolean isApi(String uri, HttpServletRequest request) {
        if (uri.startsWith("/api/") || uri.equals("/api") || uri.startsWith("/engine-rest/") || uri.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))
                && !accept.contains("text/html");
    }

    /** The path as it may stand in a URI (a refused path can hold anything). */
    private static String safePath(String uri) {
        try {
            return URI.create(uri).getRawPath() == null ? "/" : uri;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static CurrentUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return CurrentUser.of(authentication);
    }

    private static HttpStatus statusOf(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "portal.error.notFound";
            case FORBIDDEN, UNAUTHORIZED -> "portal.error.forbidden";
            case PAYLOAD_TOO_LARGE -> "portal.error.tooLarge";
            case METHOD_NOT_ALLOWED -> "error.methodNotAllowed";
            case CONFLICT -> "portal.error.conflict";
            default -> status.is4xxClientError() ? "portal.error.badRequest" : "portal.error.unexpected";
        };
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Nothing is found at this address.";
            case FORBIDDEN -> "Your groups do not allow this.";
            case UNAUTHORIZED -> "Sign in with a valid user name and password.";
            case PAYLOAD_TOO_LARGE -> "The body is larger than the desk accepts.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            default -> status.is4xxClientError() ? "The request could not be understood."
                    : "Something went wrong on our side; nothing was changed.";
        };
    }
}
