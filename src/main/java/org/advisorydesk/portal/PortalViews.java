package org.advisorydesk.portal;

import java.util.List;

import org.advisorydesk.web.Moment;
import org.advisorydesk.document.Document;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestEvent;
import org.advisorydesk.request.RequestList;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.WorkTask;

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

    /** The request page: the request, its routing, its history, documents and the government's tasks. */
    public record RequestPage(AssistanceRequest request, Moment submittedAt, Moment lastChange, List<Routing> routing,
            List<RequestEvent> timeline, List<Document> documents, List<TaskForm> tasks) {

        public boolean open() {
            return !request.status().isFinal();
        }
    }
}
