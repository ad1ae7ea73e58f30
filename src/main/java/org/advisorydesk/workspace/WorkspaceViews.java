package org.advisorydesk.workspace;

import java.util.List;

import org.advisorydesk.document.Document;
import org.advisorydesk.document.DocumentKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.OpenTask;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.ReplyContext;
import org.advisorydesk.task.TaskListPage;
import org.advisorydesk.task.WorkTask;
import org.advisorydesk.web.Moment;

/** What the staff workspace's pages show, one record per page or part of a page. */
public final class WorkspaceViews {

    private WorkspaceViews() {
    }

    /** A line of the task list; {@code overdue} when its due date has passed. */
    public record TaskRow(WorkTask task, Moment due, boolean overdue) {
    }

    /** The task list page: its rows and the page they come from. */
    public record TaskListView(TaskListPage page, List<TaskRow> rows) {
    }

    /** A line of the request list. */
    public record RequestRow(AssistanceRequest request, Moment lastChange) {
    }

    /** Everything known about a request: summary, routing, documents, history and its open tasks. */
    public record RequestFile(AssistanceRequest request, Moment submittedAt, Moment lastChange, List<Routing> routing,
            List<Document> documents, List<CaseEntry> history, List<TaskRow> openTasks) {

        public boolean open() {
            return !request.status().isFinal();
        }

        public boolean hasLegislativeReview() {
            return request.assistanceTypes().contains(AssistanceType.LEGISLATIVE_REVIEW);
        }
    }

    /**
     * A task's page: the task, its due date, its form (for those who may work on it) and its request's file;
     * the routing a <em>Confirm routing</em> starts from; {@code ownWork} when the four-eyes rule keeps the
     * user from approving (no form then).
     */
    public record TaskPage(OpenTask open, Moment due, boolean overdue, RenderedForm form, RequestFile file,
            ReplyContext context, List<CaseEntry> caseHistory, List<Routing> routingToConfirm, boolean ownWork,
            List<DocumentKind> attachmentKinds) {

        /** How many files one attachment form takes, each with its own kind. */
        public static final int ATTACHMENT_ROWS = 3;

        public List<Integer> attachmentRows() {
            return java.util.stream.IntStream.range(0, ATTACHMENT_ROWS).boxed().toList();
        }

        public boolean heldByOther(String userId) {
            return open.task().assignee() != null && !open.task().assignee().equals(userId);
        }
    }
}
