package org.advisorydesk.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One article of the ICRMW with its Part and a short topic written for this product (not treaty text). */
public record ConventionArticle(
        @JsonProperty("article") int article,
        @JsonProperty("part") String part,
        @JsonProperty("part_title") String partTitle,
        @JsonProperty("topic") String topic) {
}
