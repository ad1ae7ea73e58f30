package org.advisorydesk.request;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.NotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for technical assistance: submission, what each user may see, and the status the process
 * keeps current. A request's row and its process instance commit or roll back together.
 */
@Service
public class RequestService {

    static final String STATUS_EVENT = "STATUS";
    static final String ROUTING_EVENT = "ROUTING";
    static final String ROUTING_OVERRIDE_EVENT = "ROUTING_OVERRIDE";
    public static final String COMMENT_EVENT = "COMMENT";
    static final String OVERDUE_EVENT = "OVERDUE";
    /** The history kind of a notification sent about the request. */
    public static final String NOTIFICATION_EVENT = "NOTIFICATION";

    private final RequestRepository repository;
    private final RequestProcess process;
    private final EngineAuthentication engineAuthentication;

    RequestService(RequestRepository repository, RequestProcess process, EngineAuthentication engineAuthentication) {
        this.repository = repository;
        this.process = process;
        this.engineAuthentication = engineAuthentication;
    }

    /** A government submits for its own State; a coordinator may submit on a State's behalf. */
    @Transactional
    public AssistanceRequest submit(CurrentUser user, NewRequest body) {
        String state = body.requestingState();
        boolean ownState = user.state().map(state::equals).orElse(false);
        if (!ownState && !user.isCoordinator()) {
            throw new ForbiddenException("You may submit requests only for your own State.");
        }
        Instant now = now();
        String reference = "TA-%d-%05d".formatted(now.atZone(ZoneOffset.UTC).getYear(), repository.nextReferenceNumber());
        AssistanceRequest request = new AssistanceRequest(0, reference, state, body.instrumentList(),
                body.assistanceTypeList(), body.title().strip(), body.description().strip(),
                body.contactEmail().strip(), RequestStatus.SUBMITTED, user.id(), now, now, null);
        long id = repository.insert(request);
        repository.addEvent(id, now, user.id(), STATUS_EVENT, RequestStatus.SUBMITTED.name());
        engineAuthentication.as(user, () -> process.start(request, Groups.government(state)));
        return repository.findByReference(reference).orElseThrow();
    }

    /**
     * The government withdraws its request: all open work ends. Only the requesting State's focal
     * points may do it, and only before the request is closed.
     */
    @Transactional
    public AssistanceRequest withdraw(CurrentUser user, String reference, String reason) {
        AssistanceRequest request = get(user, reference);
        if (!user.state().map(request.requestingState()::equals).orElse(false)) {
            throw new ForbiddenException("Only the government of " + request.requestingState() + " may withdraw this request.");
        }
        if (request.status().isFinal()) {
            throw new ConflictException("The request is already " + request.status() + ".");
        }
        if (reason != null && !reason.isBlank()) {
            repository.addEvent(request.id(), now(), user.id(), COMMENT_EVENT, "Withdrawn: " + reason.strip());
        }
        engineAuthentication.as(user, () -> process.withdraw(reference));
        return repository.findByReference(reference).orElseThrow();
    }

    /** A page of the requests the user may see: a government its State's, agency staff those routed to them. */
    @Transactional(readOnly = true)
    public RequestList search(CurrentUser user, RequestSearch search) {
        if (user.seesAllRequests()) {
            return repository.search(search, search.state(), null);
        }
        if (user.state().isPresent()) {
            return repository.search(search, user.state().get(), null);
        }
        return repository.search(search, search.state(), user.agencies());
    }

    /** The request, when the user may see it; otherwise 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public AssistanceRequest get(CurrentUser user, String reference) {
        AssistanceRequest request = repository.findByReference(reference)
                .orElseThrow(() -> notFound(reference));
        if (!maySee(user, request)) {
            throw notFound(reference);
        }
        return request;
    }

    @Transactional(readOnly = true)
    public RequestDetails details(CurrentUser user, String reference) {
        AssistanceRequest request = get(user, reference);
        return new RequestDetails(request, repository.routingOf(request.id()), process.completedSteps(reference),
                seenBy(user, repository.eventsOf(request.id())));
    }

    /**
     * Whether the request's deliverables have been released to the government: it reached
     * {@code DELIVERED} (after every branch's approval) at some point. Until then a government sees no
     * deliverable, not even a draft an agency attached before the manager approved it.
     */
    @Transactional(readOnly = true)
    public boolean deliveredToGovernment(AssistanceRequest request) {
        return request.status() == RequestStatus.DELIVERED || request.status() == RequestStatus.CLOSED
                || repository.hasEvent(request.id(), STATUS_EVENT, RequestStatus.DELIVERED.name());
    }

    /** Requests by reference, for lists that show tasks beside their requests. */
    @Transactional(readOnly = true)
    public Map<String, AssistanceRequest> byReference(Collection<String> references) {
        return repository.findByReferences(references).stream()
                .collect(Collectors.toMap(AssistanceRequest::reference, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Routing> routingOf(String reference) {
        return repository.findByReference(reference).map(r -> repository.routingOf(r.id()))
                .orElseThrow(() -> notFound(reference));
    }

    /** Called by the process as it moves; a status entered twice is recorded once. */
    @Transactional
    public void enterStatus(String reference, RequestStatus status) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        if (request.status() == status) {
            return;
        }
        Instant now = now();
        repository.updateStatus(request.id(), status, now);
        repository.addEvent(request.id(), now, engineAuthentication.currentUserId().orElse(null), STATUS_EVENT,
                status.name());
    }

    @Transactional
    public void recordRouting(String reference, List<Routing> routing) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        repository.replaceRouting(request.id(), routing);
        repository.addEvent(request.id(), now(), engineAuthentication.currentUserId().orElse(null), ROUTING_EVENT,
                describe(routing));
    }

    /** A coordinator's change of one assistance type's routing, with the reason, kept in the history. */
    @Transactional
    public void overrideRouting(String reference, List<Routing> routing, AssistanceType changed, String reason) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        repository.replaceRouting(request.id(), routing);
        String detail = describe(routing.stream().filter(r -> r.assistanceType() == changed).toList())
                + " (reason: " + reason + ")";
        repository.addEvent(request.id(), now(), engineAuthentication.currentUserId().orElse(null),
                ROUTING_OVERRIDE_EVENT, detail);
    }

    private static String describe(List<Routing> routing) {
        return routing.stream()
                .map(r -> r.assistanceType() + ": " + r.lead() + (r.contributors().isEmpty() ? "" : " with "
                        + r.contributors().stream().map(Enum::name).collect(Collectors.joining(", "))))
                .collect(Collectors.joining("; "));
    }

    /** Everything that happened to the request, oldest first: steps, decisions, comments, documents, statuses. */
    @Transactional(readOnly = true)
    public List<RequestEvent> history(CurrentUser user, String reference) {
        return seenBy(user, repository.eventsOf(get(user, reference).id()));
    }

    private static List<RequestEvent> seenBy(CurrentUser user, List<RequestEvent> events) {
        // who on the agencies' side was e-mailed is the agencies' business
        return user.isGovernment() ? events.stream().filter(e -> !NOTIFICATION_EVENT.equals(e.kind())).toList() : events;
    }

    /** A staff task of the request passed its due date: the request is overdue from now on (once). */
    @Transactional
    public void markOverdue(String reference, String taskName) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        Instant now = now();
        repository.markOverdue(request.id(), now);
        repository.addEvent(request.id(), now, null, OVERDUE_EVENT, taskName);
    }

    /** A comment on the request by anyone who may see it. */
    @Transactional
    public RequestEvent comment(CurrentUser user, String reference, String text) {
        AssistanceRequest request = get(user, reference);
        Instant now = now();
        repository.addEvent(request.id(), now, user.id(), COMMENT_EVENT, text.strip());
        return new RequestEvent(now, user.id(), COMMENT_EVENT, text.strip());
    }

    /**
     * Records something that happened to a request (a document uploaded, a comment, a notification) in
     * its history. The kind is a short upper-case word, such as DOCUMENT or COMMENT.
     */
    @Transactional
    public void recordEvent(String reference, String actor, String kind, String detail) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        repository.addEvent(request.id(), now(), actor, kind, detail);
    }

    private boolean maySee(CurrentUser user, AssistanceRequest request) {
        if (user.seesAllRequests()) {
            return true;
        }
        if (user.state().isPresent()) {
            return user.state().get().equals(request.requestingState());
        }
        return repository.routingOf(request.id()).stream()
                .anyMatch(r -> user.agencies().contains(r.lead()) || r.contributors().stream().anyMatch(user.agencies()::contains));
    }

    /** The engine's clock, so that our times line up with the engine's history (and tests can move it). */
    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException("No request " + reference + ".");
    }
}
