package org.advisorydesk.portal;

import java.util.List;

import org.advisorydesk.web.Moment;
import org.advisorydesk.document.Document;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.request.RequestList;
import org.advisorydesk.request.Routing;
import org.advisorydesk.task.RenderedForm;
import org.advisorydesk.task.ReplyContext;
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
    public record TaskForm(WorkTask task, Moment due, RenderedForm form, ReplyContext context) {
    }

    /**
     * What happens next and who holds it: the government (with the action and its due date), the
     * coordinators, the agencies named, or nobody once the request is final.
     */
    public record NextStep(Holder holder, List<String> agencies, TaskForm action, Moment due) {

        public enum Holder { YOU, COORDINATORS, AGENCIES, NOBODY }
    }

    /**
     * The request page: the request, its routing, its record as the government reads it (in full, and the
     * exchange with the agencies out of it), what happens next, documents, the government's tasks, and
     * why the request was closed when it was closed without assistance.
     */
    public record RequestPage(AssistanceRequest request, Moment submittedAt, Moment lastChange, List<Routing> routing,
            List<CaseEntry> timeline, List<CaseEntry> thread, NextStep next, List<Document> documents,
            List<TaskForm> tasks, CaseEntry closure) {

        public boolean open() {
            return !request.status().isFinal();
        }
    }
}
