package org.advisorydesk.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.advisorydesk.web.Moment;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.Attempt;
import org.advisorydesk.portal.PortalViews.HomePage;
import org.advisorydesk.portal.PortalViews.RequestPage;
import org.advisorydesk.portal.PortalViews.RequestRow;
import org.advisorydesk.portal.PortalViews.TaskForm;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.NewRequest;
import org.advisorydesk.request.RequestDetails;
import org.advisorydesk.request.RequestList;
import org.advisorydesk.request.RequestSearch;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.task.FormDefinitions;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.task.TaskContexts;
import org.advisorydesk.task.WorkTask;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.RequestStatus;
import org.advisorydesk.treaty.StateView;
import org.advisorydesk.treaty.TreatyRegister;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a government focal point does in the product's own pages: its State's requests, a new request
 * with its documents, a request's page with the tasks waiting for the government, the treaty status.
 */
@Service
class GovernmentPortal {

    static final String SUBMIT_FORM = "submit-request";
    static final String DOCUMENTS_FIELD = "documents";

    private final RequestService requests;
    private final TaskInbox inbox;
    private final DocumentService documents;
    private final TreatyRegister treaty;
    private final FormDefinitions forms;
    private final TaskContexts contexts;

    GovernmentPortal(RequestService requests, TaskInbox inbox, DocumentService documents, TreatyRegister treaty,
            FormDefinitions forms, TaskContexts contexts) {
        this.contexts = contexts;
        this.requests = requests;
        this.inbox = inbox;
        this.documents = documents;
        this.treaty = treaty;
        this.forms = forms;
    }

    /** A page of the State's requests, the most recently changed first, each with what waits for the government. */
    @Transactional(readOnly = true)
    public HomePage home(CurrentUser user, int page) {
        Map<String, List<WorkTask>> waiting = inbox.openTasks(user).stream()
                .filter(t -> t.requestReference() != null)
                .collect(Collectors.groupingBy(WorkTask::requestReference));
        RequestList result = requests.search(user,
                new RequestSearch(RequestSearch.Standing.ALL, null, null, page, RequestSearch.PAGE_SIZE));
        return new HomePage(result, result.requests().stream()
                .map(r -> new RequestRow(r, Moment.of(r.updatedAt()), waiting.getOrDefault(r.reference(), List.of())))
                .toList());
    }

    /** The submit-request form, for the user's own State unless they sent something else. */
    public RenderedForm newRequestForm(CurrentUser user, MultiValueMap<String, String> sent, List<FieldProblem> problems) {
        MultiValueMap<String, String> values = sent == null ? new org.springframework.util.LinkedMultiValueMap<>() : sent;
        if (!values.containsKey("requestingState")) {
            user.state().ifPresent(state -> values.add("requestingState", state));
        }
        return forms.render(SUBMIT_FORM, "new", values, problems);
    }

    /**
     * Submits the request and attaches its documents in one transaction: a document that breaks a rule
     * leaves no request behind. Values are checked against the submit-request form first.
     */
    @Transactional
    public AssistanceRequest submit(CurrentUser user, MultiValueMap<String, String> params, List<MultipartFile> files,
            String documentKind) {
        Map<String, Object> values = forms.schema(SUBMIT_FORM).validate(forms.submission(SUBMIT_FORM, params));
        String state = (String) values.get("requestingState");
        if (!user.state().map(state::equals).orElse(false)) {
            throw new InvalidInputException("requestingState", "must be your own State, " + user.state().orElse("?"));
        }
        AssistanceRequest request = requests.submit(user, new NewRequest(state, strings(values.get("instruments")),
                strings(values.get("assistanceTypes")), (String) values.get("title"),
                (String) values.get("description"), (String) values.get("contactEmail")));
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
                continue; // the file input left empty
            }
            try {
                documents.upload(user, request.reference(), file, documentKind);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new FieldProblem(DOCUMENTS_FIELD, file.getOriginalFilename() + " " + p.message()))
                        .toList());
            }
        }
        return request;
    }

    @Transactional(readOnly = true)
    public RequestPage requestPage(CurrentUser user, String reference, Attempt attempt) {
        RequestDetails details = requests.details(user, reference);
        AssistanceRequest request = details.request();
        List<TaskForm> tasks = new ArrayList<>();
        for (WorkTask task : inbox.openTasks(user, reference)) {
            if (task.formId() == null) {
                continue;
            }
            boolean failed = attempt != null && task.id().equals(attempt.target());
            tasks.add(new TaskForm(task, Moment.of(task.due()), forms.render(task.formId(), "task-" + task.id(),
                    failed ? attempt.values() : null, failed ? attempt.problems() : null),
                    contexts.of(task.id(), reference, details.events())));
        }
        CaseEntry closure = request.status() != RequestStatus.REJECTED ? null
                : CaseEntry.latest(details.events(), EntryKind.CLOSURE_REASON, e -> true).orElse(null);
        return new RequestPage(request, Moment.of(request.submittedAt()), Moment.of(request.updatedAt()),
                details.routing(), details.events(), RequestConversation.thread(details.events()),
                RequestConversation.next(request, tasks, details.routing(), details.events()),
                documents.documentsOf(user, reference), tasks, closure);
    }

    /** The reference of the request an open task of the user belongs to. */
    @Transactional(readOnly = true)
    public String referenceOfTask(CurrentUser user, String taskId) {
        return inbox.openTasks(user).stream().filter(t -> t.id().equals(taskId)).map(WorkTask::requestReference)
                .findFirst().orElseThrow(() -> new NotFoundException("No task " + taskId + "."));
    }

    @Transactional(readOnly = true)
    public StateView treatyStatus(CurrentUser user) {
        return treaty.state(user, user.state().orElseThrow(() -> new NotFoundException("No State.")));
    }

    private static List<String> strings(Object list) {
        return list == null ? List.of() : ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
