package org.advisorydesk.portal;

import java.util.List;

import org.advisorydesk.web.Moment;
import org.advisorydesk.document.Document;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestList;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.WorkTask;
import org.advisorydesk.web.FieldProblem;
import org.springframework.util.MultiValueMap;

/** What the government portal's pages show, one record per page or part of a page. */
public final class PortalViews {

    private PortalViews() {
    }

    /** A line of the home page: the request and what waits for the government on it. */
    public record RequestRow(AssistanceRequest request, Moment lastChange, List<WorkTask> waiting) {
    }

    /** The home page: a page of the State's requests. */
    public record HomePage(RequestList result, List<RequestRow> rows) {
    }

    /** A task waiting for the government, with its form. */
    public record TaskForm(WorkTask task, Moment due, RenderedForm form) {
    }

    /** Something that happened to a request, for its timeline. */
    public record TimelineEntry(Moment at, String actor, String kind, String detail) {
    }

    /** A version of a document, for the documents list. */
    public record DocumentRow(Document document, Moment uploadedAt) {
    }

    /** The request page: the request, its routing, its history, documents and the government's tasks. */
    public record RequestPage(AssistanceRequest request, Moment submittedAt, Moment lastChange, List<Routing> routing,
            List<TimelineEntry> timeline, List<DocumentRow> documents, List<TaskForm> tasks) {

        public boolean open() {
            return !request.status().isFinal();
        }
    }

    /**
     * A submission on a page that failed: which part of the page it was for (a task id, {@code documents}
     * or {@code comment}), the values sent, and what was wrong with them.
     */
    public record Attempt(String target, MultiValueMap<String, String> values, List<FieldProblem> problems) {

        static final String DOCUMENTS = "documents";
        static final String COMMENT = "comment";

        public String problemOf(String field) {
            return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst()
                    .orElse(null);
        }
    }
}
