package org.advisorydesk.review;

import java.util.List;

/**
 * A request's legislative review: the Convention Part by Part and article by article with the
 * agencies' findings, and how many of the articles have been assessed.
 */
public record LegislativeReview(String reference, int assessedArticles, int totalArticles, List<PartReview> parts) {

    /** One Part of the Convention: findings on the Part as a whole and on each of its articles. */
    public record PartReview(String part, String title, List<Finding> findings, List<ArticleReview> articles) {
    }

    /** One article with the findings recorded on it. */
    public record ArticleReview(int article, String topic, List<Finding> findings) {
    }
}
