package org.advisorydesk.review;

import java.util.Optional;

import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead agency's conclusions of a legislative review, as the report prints them: the texts its
 * latest <em>Consolidate review</em> wrote for release with the deliverable (the form's fields of
 * audience "release"), the same the government receives when the managers approve. Nothing else of the
 * branch's steps: the contributors' and the lead's summaries and the managers' decisions and comments
 * are internal and never reach the report.
 */
@Component
class ReviewConclusions {

    private final CaseRecord record;

    ReviewConclusions(CaseRecord record) {
        this.record = record;
    }

    /** The conclusions, or empty before the lead first consolidates the review. */
    @Transactional(readOnly = true)
    Optional<String> of(String reference) {
        return record.latest(CaseKey.request(reference), EntryKind.STEP_COMPLETED,
                        e -> AssistanceType.LEGISLATIVE_REVIEW.name().equals(e.text("assistanceType"))
                                && e.releasedText().isPresent())
                .flatMap(CaseEntry::releasedText);
    }
}
