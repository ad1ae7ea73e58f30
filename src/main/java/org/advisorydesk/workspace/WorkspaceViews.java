package org.advisorydesk.workspace;

import java.util.List;

import org.advisorydesk.document.Document;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.OpenTask;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.TaskListPage;
import org.advisorydesk.task.WorkTask;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.Moment;
import org.springframework.util.MultiValueMap;

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

    /** Something that happened to a request, for its history. */
    public record HistoryEntry(Moment at, String actor, String kind, String detail) {
    }

    /** A version of a document of the request. */
    public record DocumentRow(Document document, Moment uploadedAt) {
    }

    /** Everything known about a request: summary, routing, documents, history and its open tasks. */
    public record RequestFile(AssistanceRequest request, Moment submittedAt, Moment lastChange, List<Routing> routing,
            List<DocumentRow> documents, List<HistoryEntry> history, List<TaskRow> openTasks) {

        public boolean open() {
            return !request.status().isFinal();
        }

        public boolean hasLegislativeReview() {
            return request.assistanceTypes().contains(AssistanceType.LEGISLATIVE_REVIEW);
        }
    }

    /** A task's page: the task, its due date, its form (for those who may work on it) and its request's file. */
    public record TaskPage(OpenTask open, Moment due, boolean overdue, RenderedForm form, RequestFile file) {

        public boolean heldByOther(String userId) {
            return open.task().assignee() != null && !open.task().assignee().equals(userId);
        }
    }

    /**
     * A submission on a page that failed: which part of the page it was for ({@code form}, {@code comment},
     * {@code document}, {@code handOver}), the values sent, and what was wrong with them.
     */
    public record Attempt(String target, MultiValueMap<String, String> values, List<FieldProblem> problems) {

        static final String FORM = "form";
        static final String COMMENT = "comment";
        static final String DOCUMENT = "document";
        static final String HAND_OVER = "handOver";

        public String problemOf(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst()
                    .orElse(null);
        }
    }
}
