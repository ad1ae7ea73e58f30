package org.advisorydesk.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.review.FindingViews.Attempt;
import org.advisorydesk.review.FindingViews.FindingsPage;
import org.advisorydesk.review.FindingViews.PartView;
import org.advisorydesk.review.FindingViews.Progress;
import org.advisorydesk.review.FindingViews.Shown;
import org.advisorydesk.review.LegislativeReview.ArticleReview;
import org.advisorydesk.review.FindingViews.ProvisionView;
import org.advisorydesk.review.FindingViews.ReportVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legislative review as agency staff work on it in the findings page: the officer of an agency
 * the review is routed to records their agency's findings beside the others'; everyone else who may
 * see the request reads them.
 */
@Service
class ReviewWorkspace {

    private final FindingService findings;
    private final RequestService requests;
    private final ReviewReports reports;

    ReviewWorkspace(FindingService findings, RequestService requests, ReviewReports reports) {
        this.findings = findings;
        this.requests = requests;
        this.reports = reports;
    }

    /**
     * The page, with the values and problems of a refused save (or null) and the provision just saved
     * (or null), with the Convention's texts in the reader's language.
     */
    @Transactional(readOnly = true)
    public FindingsPage page(CurrentUser user, String reference, Attempt attempt, String saved, Locale locale) {
        return page(user, reference, attempt, saved, locale, Shown.ALL);
    }

    /** The page as {@code shown}: every article or only those not yet assessed (and the one just saved). */
    @Transactional(readOnly = true)
    public FindingsPage page(CurrentUser user, String reference, Attempt attempt, String saved, Locale locale,
            Shown shown) {
        LegislativeReview review = findings.review(user, reference, locale);
        AssistanceRequest request = requests.get(user, reference);
        Optional<Routing> routing = findings.routing(reference);
        Agency agency = routing.flatMap(r -> FindingService.agencyOf(user, r))
                .filter(a -> !request.status().isFinal() && !findings.released(reference)).orElse(null);
        boolean lead = routing.map(r -> user.agencies().contains(r.lead())).orElse(false);
        Provisions provisions = new Provisions(agency, attempt, saved);
        List<PartView> parts = review.parts().stream().map(part -> {
            boolean wholeAssessed = assessed(part.findings());
            List<ArticleReview> open = part.articles().stream()
                    .filter(a -> !wholeAssessed && !assessed(a.findings())).toList();
            return new PartView(part.part(), part.title(),
                    provisions.of(FindingViews.PART_PREFIX + part.part(), null, part.part(), part.title(),
                            part.findings()),
                    part.articles().stream()
                            .filter(a -> !shown.unassessedOnly() || open.contains(a)
                                    || String.valueOf(a.article()).equals(saved))
                            .map(a -> provisions.of(String.valueOf(a.article()), a.article(), part.part(), a.topic(),
                                    a.findings()))
                            .toList(),
                    wholeAssessed, part.articles().size() - open.size(), part.articles().size());
        }).toList();
        return new FindingsPage(request, routing.orElse(null), agency, lead,
                new Progress(review.assessedArticles(), review.totalArticles()), parts,
                reports.versions(user, reference).stream().map(ReportVersion::of).toList(), shown);
    }

    /** Whether an agency gave an assessment (not "not assessed"), as the progress out of 93 counts it. */
    private static boolean assessed(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.assessment() != Assessment.NOT_ASSESSED);
    }

    /** Turns each provision's findings into its block: the agency's form and the others' findings. */
    private record Provisions(Agency agency, Attempt attempt, String saved) {

        ProvisionView of(String provision, Integer article, String part, String topic, List<Finding> all) {
            if (agency == null) {
                return new ProvisionView(provision, article, part, topic, false, null, all, Map.of(), false);
            }
            Finding own = all.stream().filter(f -> f.agency() == agency).findFirst().orElse(null);
            List<Finding> others = all.stream().filter(f -> f.agency() != agency).toList();
            boolean refused = attempt != null && attempt.provision().equals(provision);
            return new ProvisionView(provision, article, part, topic, true,
                    refused ? attempt.values() : FindingForm.of(own), others,
                    refused ? attempt.problems() : Map.of(), provision.equals(saved));
        }
    }
}
