package org.advisorydesk.request;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.identity.Groups;
import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.web.RaceConflicts;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for technical assistance: submission, what each user may see, and the status the process
 * keeps current. A request's row and its process instance commit or roll back together; what happens to
 * it is written in its {@link CaseRecord}.
 */
@Service
public class RequestService {

    private final RequestRepository repository;
    private final RequestProcess process;
    private final EngineAuthentication engineAuthentication;
    private final CaseRecord record;
    private final Clock clock;

    RequestService(RequestRepository repository, RequestProcess process, EngineAuthentication engineAuthentication,
            CaseRecord record, Clock clock) {
        this.repository = repository;
        this.process = process;
        this.engineAuthentication = engineAuthentication;
        this.record = record;
        this.clock = clock;
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
                body.contactEmail().strip(), RequestStatus.SUBMITTED, user.id(), now, now, null,
                ActorSide.ofGroups(user.groups()).stored(), now);
        repository.insert(request);
        record.append(CaseKey.request(reference), EntryKind.STATUS_CHANGED, user, Map.of("to", RequestStatus.SUBMITTED.name()));
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
        lockOpen(reference);
        record.append(CaseKey.request(reference), EntryKind.WITHDRAWN, user,
                reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()));
        engineAuthentication.as(user, () -> process.withdraw(reference));
        return repository.findByReference(reference).orElseThrow();
    }

    /**
     * Locks the request's row until the transaction ends, and refuses work on a request that ended
     * ({@code 409}). Whatever changes a request's work (completing one of its tasks, withdrawing it)
     * takes this lock first, before the engine locks anything: one order, so a withdrawal and a
     * completion at the same moment wait for each other instead of deadlocking, and the later one
     * sees what the first did.
     */
    @Transactional
    public void lockOpen(String reference) {
        RequestStatus status = repository.lockStatus(reference).orElseThrow(() -> notFound(reference));
        if (status == RequestStatus.WITHDRAWN) {
            throw RaceConflicts.requestWithdrawn();
        }
        if (status.isFinal()) {
            throw RaceConflicts.requestFinished(status.name());
        }
    }

    /** A page of the requests the user may see: a government its State's, agency staff those routed to them. */
    @Transactional(readOnly = true)
    public RequestList search(CurrentUser user, RequestSearch search) {
        if (user.seesAllRequests()) {
            return repository.search(search, search.state(), null, RequestRepository.Order.LAST_CHANGE);
        }
        if (user.state().isPresent()) {
            return repository.search(search, user.state().get(), null, RequestRepository.Order.LAST_STATUS_CHANGE);
        }
        return repository.search(search, search.state(), user.agencies(), RequestRepository.Order.LAST_CHANGE);
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
        List<CaseEntry> entries = record.readBy(user, CaseKey.request(reference));
        return new RequestDetails(request, repository.routingOf(request.id()), CompletedStep.of(entries), entries);
    }

    /**
     * Whether the request's deliverables have been released to the government: it reached
     * {@code DELIVERED} (after every branch's approval) at some point. Until then a government sees no
     * deliverable, not even a draft an agency attached before the manager approved it.
     */
    @Transactional(readOnly = true)
    public boolean deliveredToGovernment(AssistanceRequest request) {
        return request.status() == RequestStatus.DELIVERED || request.status() == RequestStatus.CLOSED
                || record.latest(CaseKey.request(request.reference()), EntryKind.STATUS_CHANGED,
                        e -> RequestStatus.DELIVERED.name().equals(e.text("to"))).isPresent();
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
        repository.updateStatus(request.id(), request.status(), status, now());
        // the process moves the status: staff read whose work moved it; the government reads it as the
        // desk's, unless its own action did (never "by the managers")
        Optional<CurrentUser> by = engineAuthentication.currentUser();
        ActorSide side = by.map(u -> ActorSide.ofGroups(u.groups())).filter(ActorSide::isGovernment)
                .orElse(ActorSide.SYSTEM);
        record.append(CaseKey.request(reference), EntryKind.STATUS_CHANGED, by.map(CurrentUser::id).orElse(null), side,
                Map.of("from", request.status().name(), "to", status.name()));
    }

    @Transactional
    public void recordRouting(String reference, List<Routing> routing) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        repository.replaceRouting(request.id(), routing);
        record.append(CaseKey.request(reference), EntryKind.ROUTING_DECIDED,
                Map.of("routing", routing.stream().map(RequestService::payload).toList()));
    }

    /** A coordinator's change of one assistance type's routing, with the reason, kept in the history. */
    @Transactional
    public void overrideRouting(String reference, List<Routing> routing, AssistanceType changed, String reason) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        Routing before = repository.routingOf(request.id()).stream().filter(r -> r.assistanceType() == changed)
                .findFirst().orElse(null);
        repository.replaceRouting(request.id(), routing);
        // the government reads which agencies work on its request, not why they changed
        record.append(CaseKey.request(reference), EntryKind.ROUTING_DECIDED,
                Map.of("routing", routing.stream().map(RequestService::payload).toList()));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("assistanceType", changed.name());
        payload.put("before", before == null ? null : payload(before));
        payload.put("after", routing.stream().filter(r -> r.assistanceType() == changed).findFirst()
                .map(RequestService::payload).orElse(null));
        payload.put("reason", reason);
        record.append(CaseKey.request(reference), EntryKind.ROUTING_OVERRIDDEN, payload);
    }

    private static Map<String, Object> payload(Routing routing) {
        return Map.of("assistanceType", routing.assistanceType().name(), "lead", routing.lead().name(),
                "contributors", routing.contributors().stream().map(Enum::name).toList());
    }

    /**
     * The request's record as the user may read it, oldest first: for staff everything, for the
     * requesting government what is meant for it.
     */
    @Transactional(readOnly = true)
    public List<CaseEntry> history(CurrentUser user, String reference) {
        get(user, reference);
        return record.readBy(user, CaseKey.request(reference));
    }

    /** A staff task of the request passed its due date: the request is overdue from now on (once). */
    @Transactional
    public void markOverdue(String reference, String taskKey, String taskName, Instant due) {
        AssistanceRequest request = repository.findByReference(reference).orElseThrow(() -> notFound(reference));
        repository.markOverdue(request.id(), now());
        record.append(CaseKey.request(reference), EntryKind.TASK_OVERDUE, null, ActorSide.SYSTEM,
                Map.of("taskKey", taskKey, "taskName", taskName, "due", due.toString()));
    }

    /**
     * A comment on the request by anyone who may see it. A government's comment is read by the
     * agencies; a staff comment stays among staff unless it is addressed to the government.
     */
    @Transactional
    public CaseEntry comment(CurrentUser user, String reference, String text, boolean toGovernment) {
        get(user, reference);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("text", text.strip());
        if (toGovernment && !user.isGovernment()) {
            payload.put("toGovernment", true);
        }
        return record.append(CaseKey.request(reference), EntryKind.COMMENT, user, payload);
    }


    private boolean maySee(CurrentUser user, AssistanceRequest request) {
        if (user.seesAllRequests()) {
            return true;
        }
        if (user.state().isPresent()) {
            return user.state().get().equals(request.requestingState());
        }
        return repository.routingOf(request.id()).stream()
                .anyMatch(r -> r.involvesAny(user.agencies()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static NotFoundException notFound(String reference) {
        return new NotFoundException("No request " + reference + ".");
    }
}
