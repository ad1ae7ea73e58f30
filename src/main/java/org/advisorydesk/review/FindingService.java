package org.advisorydesk.review;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings of a legislative review, recorded by the agencies the review is routed to (the lead and
 * the contributors), each under its own name, until the managers approve the review. Staff who may
 * see the request read them as they go; the government reads them only once they are released with the
 * approved report, as they were then (they no longer change), its authors named by agency.
 */
@Service
public class FindingService {

    private static final String PART_PREFIX = "part-";

    private final RequestService requests;
    private final FindingRepository repository;
    private final ConventionArticles articles;
    private final CaseRecord record;
    private final Clock clock;

    FindingService(RequestService requests, FindingRepository repository, ConventionArticles articles,
            CaseRecord record, Clock clock) {
        this.requests = requests;
        this.repository = repository;
        this.articles = articles;
        this.record = record;
        this.clock = clock;
    }

    /** Whether the managers approved the review: its findings are then released and fixed. */
    @Transactional(readOnly = true)
    public boolean released(String reference) {
        return record.latest(CaseKey.request(reference), EntryKind.DELIVERABLE_RELEASED,
                e -> AssistanceType.LEGISLATIVE_REVIEW.name().equals(e.text("assistanceType"))).isPresent();
    }

    /** The review with the Convention's texts in English, as the CSV has them (the API's). */
    @Transactional(readOnly = true)
    public LegislativeReview review(CurrentUser user, String reference) {
        return review(user, reference, articles.english());
    }

    /** The review with the Parts' titles and the articles' topics in the reader's language (the pages'). */
    @Transactional(readOnly = true)
    public LegislativeReview review(CurrentUser user, String reference, Locale locale) {
        return review(user, reference, articles.in(locale));
    }

    private LegislativeReview review(CurrentUser user, String reference, ConventionArticles.Texts texts) {
        AssistanceRequest request = reviewedRequest(user, reference);
        if (user.isGovernment() && !released(reference)) {
            throw new NotFoundException("The findings of " + reference + " are released with the approved review.");
        }
        Map<String, List<Finding>> byProvision = repository.findByRequest(request.id()).stream()
                .map(f -> user.isGovernment() ? f.forGovernment() : f)
                .collect(Collectors.groupingBy(Finding::provision));
        Set<String> assessedParts = assessed(byProvision, articles.parts().keySet().stream().map(p -> PART_PREFIX + p).toList());
        List<LegislativeReview.PartReview> parts = articles.parts().entrySet().stream()
                .map(part -> new LegislativeReview.PartReview(part.getKey(), texts.partTitle(part.getKey()),
                        byProvision.getOrDefault(PART_PREFIX + part.getKey(), List.of()),
                        articles.all().stream().filter(a -> a.part().equals(part.getKey()))
                                .map(a -> new LegislativeReview.ArticleReview(a.article(), texts.topic(a),
                                        byProvision.getOrDefault(String.valueOf(a.article()), List.of())))
                                .toList()))
                .toList();
        Set<String> assessedArticles = assessed(byProvision, articles.all().stream().map(a -> String.valueOf(a.article())).toList());
        long assessed = articles.all().stream()
                .filter(a -> assessedArticles.contains(String.valueOf(a.article())) || assessedParts.contains(PART_PREFIX + a.part()))
                .count();
        return new LegislativeReview(reference, (int) assessed, articles.all().size(), parts);
    }

    /**
     * Refuses a caller who may not record findings on the request's review: {@code 404} for a request
     * they may not see or without a legislative review, {@code 403} outside the agencies it is routed to.
     */
    @Transactional(readOnly = true)
    public void requireReviewer(CurrentUser user, String reference) {
        reviewedRequest(user, reference);
        reviewingAgency(user, reference);
    }

    /** Records (or replaces) the user's agency's finding on one provision. */
    @Transactional
    public Finding record(CurrentUser user, String reference, String provisionName, FindingInput input) {
        AssistanceRequest request = reviewedRequest(user, reference);
        String provision = articles.provision(provisionName)
                .orElseThrow(() -> new InvalidInputException("provision", "must be an article number (1-93) or a Part (part-I to part-IX)"));
        Agency agency = reviewingAgency(user, reference);
        if (request.status().isFinal()) {
            throw new ConflictException("The request is " + request.status() + "; its findings can no longer change.");
        }
        if (released(reference)) {
            throw new ConflictException("The review of " + reference + " was approved and released; its findings can no longer change.");
        }
        Finding finding = new Finding(provision, agency, input.assessment(), blankToNull(input.nationalProvision()),
                blankToNull(input.comment()), user.id(), clock.instant());
        repository.save(request.id(), finding);
        return finding;
    }

    private AssistanceRequest reviewedRequest(CurrentUser user, String reference) {
        AssistanceRequest request = requests.get(user, reference);
        if (!request.assistanceTypes().contains(AssistanceType.LEGISLATIVE_REVIEW)) {
            throw new NotFoundException("Request " + reference + " has no legislative review.");
        }
        return request;
    }

    /** The lead and contributing agencies of the request's legislative review, once it is routed. */
    Optional<Routing> routing(String reference) {
        return requests.routingOf(reference).stream()
                .filter(r -> r.assistanceType() == AssistanceType.LEGISLATIVE_REVIEW)
                .findFirst();
    }

    /** The agency the user records findings for: the lead when they belong to it, else a contributor. */
    static Optional<Agency> agencyOf(CurrentUser user, Routing routing) {
        if (user.agencies().contains(routing.lead())) {
            return Optional.of(routing.lead());
        }
        return routing.contributors().stream().filter(user.agencies()::contains).findFirst();
    }

    private Agency reviewingAgency(CurrentUser user, String reference) {
        Routing routing = routing(reference)
                .orElseThrow(() -> new ConflictException("The legislative review of " + reference + " is not routed yet."));
        return agencyOf(user, routing)
                .orElseThrow(() -> new ForbiddenException("Only the agencies the review is routed to record findings."));
    }

    private static Set<String> assessed(Map<String, List<Finding>> byProvision, List<String> provisions) {
        return provisions.stream()
                .filter(p -> byProvision.getOrDefault(p, List.of()).stream().anyMatch(f -> f.assessment() != Assessment.NOT_ASSESSED))
                .collect(Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
