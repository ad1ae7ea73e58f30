package org.advisorydesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.advisorydesk.document.Document;
import org.advisorydesk.document.DocumentKind;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legislative review's report: produced by the lead agency as a PDF of every finding so far, with
 * the conclusions it last wrote when consolidating the review, and attached to the request as a
 * deliverable, one version more each time.
 */
@Service
public class ReviewReports {

    private final FindingService findings;
    private final RequestService requests;
    private final DocumentService documents;
    private final ReviewReport report;
    private final ReviewConclusions conclusions;
    private final Clock clock;

    ReviewReports(FindingService findings, RequestService requests, DocumentService documents, ReviewReport report,
            ReviewConclusions conclusions, Clock clock) {
        this.clock = clock;
        this.findings = findings;
        this.requests = requests;
        this.documents = documents;
        this.report = report;
        this.conclusions = conclusions;
    }

    /** Writes the report in the user's language and attaches it as the next version of the request's report. */
    @Transactional
    public Document produce(CurrentUser user, String reference, Locale locale) {
        LegislativeReview review = findings.review(user, reference, locale);
        Routing routing = findings.routing(reference)
                .orElseThrow(() -> new ConflictException("The legislative review of " + reference + " is not routed yet."));
        if (!user.agencies().contains(routing.lead())) {
            throw new ForbiddenException("Only the lead agency of the review, " + routing.lead()
                    + ", produces its report.");
        }
        AssistanceRequest request = requests.get(user, reference);
        LocalDate today = LocalDate.now(clock);
        byte[] pdf = report.write(request, routing, review, conclusions.of(reference), today, locale);
        return documents.attach(user, reference, nameOf(reference), pdf, DocumentKind.DELIVERABLE);
    }

    /** The versions of the request's review report, oldest first. */
    @Transactional(readOnly = true)
    public List<Document> versions(CurrentUser user, String reference) {
        return documents.documentsOf(user, reference).stream().filter(d -> isReport(d, reference)).toList();
    }

    static String nameOf(String reference) {
        return DocumentService.REVIEW_REPORT_PREFIX + reference + ".pdf";
    }

    private static boolean isReport(Document document, String reference) {
        return document.kind() == DocumentKind.DELIVERABLE && document.name().equals(nameOf(reference));
    }
}
