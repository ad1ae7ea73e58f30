package org.advisorydesk.flow.assistance;

import org.advisorydesk.request.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The {@link Deadlines} as the BPMN reads them: {@code ${deadlines.clarificationReminder}} is an ISO
 * 8601 duration for a timer, {@code ${deadlines.maxDraftRounds}} a number.
 */
@Component("deadlines")
public class DeadlineExpressions {

    private final Deadlines deadlines;

    DeadlineExpressions(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    public String getClarificationReminder() {
        return deadlines.clarificationReminder().toString();
    }

    public String getClarificationLapse() {
        return deadlines.clarificationLapse().toString();
    }

    public int getMaxDraftRounds() {
        return deadlines.maxDraftRounds();
    }
}
