package org.advisorydesk.workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestDetails;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.FormDefinitions;
import org.advisorydesk.task.OpenTask;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.task.TaskContexts;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.task.TaskList;
import org.advisorydesk.task.TaskListPage;
import org.advisorydesk.task.TaskListQuery;
import org.advisorydesk.task.WorkTask;
import org.advisorydesk.web.Moment;
import org.advisorydesk.web.Attempt;
import org.advisorydesk.workspace.WorkspaceViews.RequestFile;
import org.advisorydesk.workspace.WorkspaceViews.RequestRow;
import org.advisorydesk.workspace.WorkspaceViews.TaskListView;
import org.advisorydesk.workspace.WorkspaceViews.TaskPage;
import org.advisorydesk.workspace.WorkspaceViews.TaskRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What agency staff, coordinators and managers do in the product's own pages: the task list, a task
 * with its form beside its request's file, and the request's file on its own.
 */
@Service
class StaffWorkspace {

    private final TaskList taskList;
    private final TaskInbox inbox;
    private final RequestService requests;
    private final DocumentService documents;
    private final FormDefinitions forms;
    private final TaskContexts contexts;
    private final CaseRecord record;
    private final Clock clock;
    private final FormsInContext formsInContext;

    StaffWorkspace(TaskList taskList, TaskInbox inbox, RequestService requests, DocumentService documents,
            FormDefinitions forms, TaskContexts contexts, CaseRecord record, Clock clock, FormsInContext formsInContext) {
        this.formsInContext = formsInContext;
        this.record = record;
        this.contexts = contexts;
        this.clock = clock;
        this.taskList = taskList;
        this.inbox = inbox;
        this.requests = requests;
        this.documents = documents;
        this.forms = forms;
    }

    @Transactional(readOnly = true)
    public TaskListView tasks(CurrentUser user, TaskListQuery query) {
        TaskListPage page = taskList.page(user, query);
        Instant now = now();
        return new TaskListView(page, page.tasks().stream().map(t -> row(t, now)).toList());
    }

    @Transactional(readOnly = true)
    public TaskPage task(CurrentUser user, String taskId, Attempt attempt) {
        OpenTask open = inbox.open(user, taskId);
        WorkTask task = open.task();
        boolean failedForm = attempt != null && Attempt.FORM.equals(attempt.target());
        Instant now = now();
        RequestFile file = task.requestTitle() == null ? null : file(user, task.requestReference());
        // a task of another case (a State's treaty monitoring) shows that case's record
        List<CaseEntry> caseHistory = file != null ? List.of() : CaseKey.parse(task.requestReference())
                .map(key -> record.readBy(user, key)).orElse(List.of());
        List<Routing> routing = formsInContext.routingToConfirm(task);
        boolean ownWork = open.actionable() && formsInContext.ownWork(user, task);
        return new TaskPage(open, Moment.of(task.due()), overdue(task, now),
                open.actionable() && task.formId() != null && !ownWork
                        ? formsInContext.offered(forms.render(task.formId(), "task", failedForm ? attempt.values()
                                : formsInContext.startingValues(routing, inbox.formValues(taskId)),
                                failedForm ? attempt.problems() : null), routing)
                        : null,
                file, contexts.of(taskId, task.requestReference(), file != null ? file.history() : caseHistory),
                caseHistory, routing, ownWork,
                AttachmentKinds.forTask(task.taskDefinitionKey(), user, file != null ? file.routing() : List.of()));
    }

    /**
     * Attaches the files sent from a task's page, each with its own kind, all or none: a file refused
     * leaves nothing stored (the uploads join this transaction). At least one file is needed.
     */
    @Transactional
    public void attach(CurrentUser user, String taskId, List<MultipartFile> files, List<String> kinds) {
        String reference = inbox.open(user, taskId).task().requestReference();
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i) != null && !files.get(i).isEmpty()) {
                sent.add(i);
            }
        }
        if (sent.isEmpty()) {
            documents.upload(user, reference, null, kinds.isEmpty() ? null : kinds.get(0));
        }
        for (int i : sent) {
            documents.upload(user, reference, files.get(i), i < kinds.size() ? kinds.get(i) : null);
        }
    }

    @Transactional(readOnly = true)
    public RequestFile file(CurrentUser user, String reference) {
        RequestDetails details = requests.details(user, reference);
        AssistanceRequest request = details.request();
        Instant now = now();
        return new RequestFile(request, Moment.of(request.submittedAt()), Moment.of(request.lastChangeAt()),
                details.routing(),
                documents.documentsOf(user, reference), details.events(),
                inbox.openTasks(user, reference).stream().map(t -> row(t, now)).toList());
    }

    /** The request list's rows, each with the staff's last change (the newest work recorded on it, or its last status change). */
    public List<RequestRow> requestRows(List<AssistanceRequest> requests) {
        return requests.stream().map(r -> new RequestRow(r, Moment.of(r.lastChangeAt()))).toList();
    }

    private static TaskRow row(WorkTask task, Instant now) {
        return new TaskRow(task, Moment.of(task.due()), overdue(task, now));
    }

    private static boolean overdue(WorkTask task, Instant now) {
        return task.due() != null && task.due().isBefore(now);
    }

    private Instant now() {
        return clock.instant();
    }
}
