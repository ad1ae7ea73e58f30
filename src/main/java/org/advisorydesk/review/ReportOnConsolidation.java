package org.advisorydesk.review;

import org.advisorydesk.identity.EngineAuthentication;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.record.WorkRecorded;
import org.advisorydesk.request.AssistanceType;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * When the lead agency consolidates a legislative review, the review report is produced with the
 * conclusions just written and attached as the next version of the request's deliverable, by the officer
 * who consolidated and in their language, in the same transaction as the step: the managers approve, and
 * the government receives, the report itself, not only the text of the form. Like any deliverable it stays
 * unseen by the government until the managers release it.
 */
@Component
class ReportOnConsolidation {

    static final String CONSOLIDATE_REVIEW = "consolidate-review";

    private final ReviewReports reports;
    private final EngineAuthentication authentication;

    ReportOnConsolidation(ReviewReports reports, EngineAuthentication authentication) {
        this.reports = reports;
        this.authentication = authentication;
    }

    @EventListener
    void workRecorded(WorkRecorded work) {
        CaseEntry entry = work.entry();
        if (entry.kind() == EntryKind.STEP_COMPLETED && CONSOLIDATE_REVIEW.equals(entry.text("taskKey"))
                && AssistanceType.LEGISLATIVE_REVIEW.name().equals(entry.text("assistanceType"))
                && work.key() instanceof CaseKey.RequestCase request) {
            // a step completed outside the desk's own pages and API (no user of the desk) leaves the report to the lead
            authentication.currentUser().ifPresent(user ->
                    reports.produce(user, request.reference(), LocaleContextHolder.getLocale()));
        }
    }
}
