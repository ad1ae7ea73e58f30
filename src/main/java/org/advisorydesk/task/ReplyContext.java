package org.advisorydesk.task;

import java.time.LocalDate;
import java.util.List;

import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.web.Moment;

/**
 * What a task answers, shown above its form: the question it replies to, the managers' reason for
 * sending work back, the deliverables released, the lapse date; and for a treaty-monitoring task the
 * report it is about. Read from the case's record as the task's reader may read it.
 */
public record ReplyContext(List<Item> items, Monitoring monitoring) {

    public static final ReplyContext NONE = new ReplyContext(List.of(), null);

    /**
     * One thing answered: a heading (bundle key), the entry it comes from, its text, the released
     * documents, the date by which to answer, and whether the form starts from the previous round's text.
     */
    public record Item(String heading, CaseEntry entry, String text, List<DocumentLink> documents, Moment answerBy,
            boolean previousKept) {
    }

    /** A released document version, linked from the request's documents. */
    public record DocumentLink(long id, String name, Object version) {
    }

    /** The report a monitoring task is about: State, instrument, kind, due date, days overdue, focal points. */
    public record Monitoring(String state, String stateName, String instrument, String reportKind, LocalDate due,
            String dueText, long daysOverdue, List<String> focalPoints) {
    }

    public boolean isEmpty() {
        return items.isEmpty() && monitoring == null;
    }
}
