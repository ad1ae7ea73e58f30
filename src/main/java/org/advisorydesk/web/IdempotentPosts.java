package org.advisorydesk.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advisorydesk.kernel.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code POST} that carries an {@code Idempotency-Key} header (the API) or a {@code formToken}
 * field (the pages' forms) is answered once per user and key: the call runs in one transaction with
 * the key's row, and its answer is kept with the key. The same key and the same request again get the
 * first answer (same status, same {@code Location}, same body) and create nothing; the same key with
 * another request is {@code 422}; while the first is still running, {@code 409}. An answer of
 * {@code 4xx}/{@code 5xx} keeps nothing: the client may correct the request and send it with the key
 * again. Generic on purpose: no controller knows of it (requests, documents, comments, treaty actions).
 * Runs after Spring Security, which has then named the user.
 */
@Component
class IdempotentPosts extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String FORM_TOKEN = "formToken";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger log = LoggerFactory.getLogger(IdempotentPosts.class);

    private final IdempotencyKeys keys;
    private final PlatformTransactionManager transactions;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotentPosts(IdempotencyKeys keys, PlatformTransactionManager transactions, IdempotencyProperties properties,
            Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> user = user();
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        String headerKey = request.getHeader(HEADER);
        if (user.isEmpty() || (api && headerKey == null) || (!api && !hasFormToken(request))) {
            chain.doFilter(request, response);
            return;
        }
        SentRequest sent;
        try {
            sent = SentRequest.read(request);
        } catch (IllegalStateException | ServletException tooLargeOrMalformed) {
            chain.doFilter(request, response); // the controller answers it (413, 400) as it does without a key
            return;
        }
        String key = api ? headerKey : request.getParameter(FORM_TOKEN);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problem(response, HttpStatus.BAD_REQUEST, "The " + HEADER + " must be 1 to " + MAX_KEY_LENGTH + " characters.");
            return;
        }
        once(user.get(), key, sent, response, chain);
    }

    private void once(String user, String key, SentRequest sent, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(properties.keptFor());
        HeldResponse held = new HeldResponse(response);
        TransactionStatus transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            try {
                keys.claim(user, key, sent.fingerprint(), now, expiredBefore);
            } catch (DuplicateKeyException taken) {
                transactions.rollback(transaction);
                answerAgain(user, key, sent, expiredBefore, response);
                return;
            }
            chain.doFilter(sent.request(), held);
            if (held.getStatus() >= 400) {
                transactions.rollback(transaction); // nothing of an error is kept, the key neither
            } else if (transaction.isRollbackOnly()) {
                // work that failed inside and was caught: never acknowledge what is not stored
                transactions.rollback(transaction);
                log.error("A call with an {} succeeded over work marked for rollback; answered as an error", HEADER);
                response.reset();
                problem(response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed.");
                return;
            } else {
                keys.answer(user, key, held.getStatus(), response.getHeader(HttpHeaders.LOCATION), response.getContentType(),
                        held.body());
                transactions.commit(transaction);
            }
        } catch (TransactionException | DataAccessException failure) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            ConflictException conflict = RaceConflicts.of(failure).orElseThrow(() -> failure);
            log.info("A call with an {} met a race: {}", HEADER, failure.toString());
            response.reset();
            problem(response, HttpStatus.CONFLICT, conflict.getMessage());
            return;
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            throw failure;
        }
        held.release();
    }

    /** The key was used before: the first answer for the same request, 422 for another, 409 while it runs. */
    private void answerAgain(String user, String key, SentRequest sent, Instant expiredBefore, HttpServletResponse response)
            throws IOException {
        Optional<IdempotencyKeys.Answer> first = keys.find(user, key, expiredBefore);
        if (first.isEmpty() || first.get().status() == null) {
            problem(response, HttpStatus.CONFLICT, "The same call is still being processed; try again in a moment.");
        } else if (!first.get().requestHash().equals(sent.fingerprint())) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY,
                    "This " + HEADER + " was used for another request; use a new key for a new request.");
        } else {
            IdempotencyKeys.Answer answer = first.get();
            response.setStatus(answer.status());
            response.setHeader(REPLAYED, "true");
            if (answer.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, answer.location());
            }
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            byte[] body = answer.body() == null ? new byte[0] : answer.body();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        Problems.write(response, status, detail, null);
    }

    private static boolean hasFormToken(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/")) {
            return false;
        }
        try {
            if (type.startsWith("multipart/")) {
                request.getParts(); // a multipart form's fields are parameters once its parts are read
            }
            return request.getParameter(FORM_TOKEN) != null;
        } catch (IllegalStateException | ServletException | IOException tooLargeOrMalformed) {
            return false;
        }
    }

    private static Optional<String> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.ofNullable(authentication.getName());
    }
}
