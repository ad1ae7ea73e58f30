package org.advisorydesk.review;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the articles of one Part of the Convention stand after the review, counted by assessment. An
 * article stands at the least compatible assessment an agency gave it on its own; one no agency
 * assessed on its own stands at its Part's as a whole (a finding on Part I covers arts. 1 to 6); one
 * with neither is not assessed. The articles counted assessed are those the review's progress counts.
 */
record PartStanding(String part, String title, Map<Assessment, Integer> counts) {

    /** Most compatible first: the least compatible of several assessments is the last of them. */
    private static final List<Assessment> BY_COMPATIBILITY =
            List.of(Assessment.COMPATIBLE, Assessment.PARTLY_COMPATIBLE, Assessment.NOT_COMPATIBLE);

    static PartStanding of(LegislativeReview.PartReview part) {
        Map<Assessment, Integer> counts = new EnumMap<>(Assessment.class);
        for (Assessment assessment : Assessment.values()) {
            counts.put(assessment, 0);
        }
        part.articles().forEach(article -> counts.merge(standingOf(article, part), 1, Integer::sum));
        return new PartStanding(part.part(), part.title(), counts);
    }

    /** The standings of several Parts added up, under the title given. */
    static PartStanding total(String title, List<PartStanding> parts) {
        Map<Assessment, Integer> counts = new EnumMap<>(Assessment.class);
        parts.forEach(p -> p.counts().forEach((assessment, n) -> counts.merge(assessment, n, Integer::sum)));
        return new PartStanding("", title, counts);
    }

    int count(Assessment assessment) {
        return counts.getOrDefault(assessment, 0);
    }

    /** The article's assessment: its own, else its Part's, else not assessed. */
    static Assessment standingOf(LegislativeReview.ArticleReview article, LegislativeReview.PartReview part) {
        return leastCompatible(article.findings())
                .or(() -> leastCompatible(part.findings()))
                .orElse(Assessment.NOT_ASSESSED);
    }

    /** Whether the article's assessment comes from a finding on its Part as a whole. */
    static boolean coveredByPart(LegislativeReview.ArticleReview article, LegislativeReview.PartReview part) {
        return leastCompatible(article.findings()).isEmpty() && leastCompatible(part.findings()).isPresent();
    }

    /** The least compatible assessment among the findings, leaving out "not assessed"; empty when none assessed. */
    static Optional<Assessment> leastCompatible(List<Finding> findings) {
        return findings.stream().map(Finding::assessment).filter(BY_COMPATIBILITY::contains)
                .max(Comparator.comparingInt(BY_COMPATIBILITY::indexOf));
    }
}
