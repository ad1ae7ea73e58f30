package org.advisorydesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.advisorydesk.identity.Agency;

/**
 * What a demo user enters in each task's form and how long they take over it. Each kind of task has its
 * own typical time, each agency its own pace, and now and then a task is forgotten for weeks (past its
 * due date), so that waiting times differ by kind of task and by agency.
 */
final class DemoWork {

    /** Typical days a task of this kind waits before it is done (the median). */
    private static final Map<String, Double> TYPICAL_DAYS = Map.ofEntries(
            Map.entry("screen-request", 3.0), Map.entry("provide-clarification", 10.0),
            Map.entry("confirm-routing", 1.5), Map.entry("prepare-gap-analysis", 10.0),
            Map.entry("add-findings", 7.0), Map.entry("consolidate-review", 5.0),
            Map.entry("comment-on-draft", 9.0), Map.entry("add-comments", 6.0),
            Map.entry("consolidate-comments", 6.0), Map.entry("plan-assistance", 6.0),
            Map.entry("contribute", 6.0), Map.entry("record-outcome", 9.0),
            Map.entry("approve-deliverable", 2.5), Map.entry("respond-to-comments", 18.0),
            Map.entry("review-deliverables", 9.0), Map.entry("answer-question", 6.0));

    /** Share of staff tasks left aside for weeks. */
    private static final double FORGOTTEN = 0.08;
    /** The government answers a clarification question well before the request would lapse (60 days). */
    private static final double LONGEST_CLARIFICATION_DAYS = 40;

    private final Random random;

    DemoWork(Random random) {
        this.random = random;
    }

    /** How long the task waits before its user does it; for staff, {@code agency} sets the pace. */
    Duration delay(String taskKey, Optional<Agency> agency, boolean staff) {
        double days = TYPICAL_DAYS.getOrDefault(taskKey, 5.0) * pace(agency) * Math.exp(0.55 * random.nextGaussian());
        if (staff && random.nextDouble() < FORGOTTEN) {
            days = days * 2 + 14;
        }
        if (taskKey.equals("provide-clarification")) {
            days = Math.min(days, LONGEST_CLARIFICATION_DAYS);
        }
        return Duration.ofMinutes(Math.round(Math.max(0.1, days) * 24 * 60));
    }

    private static double pace(Optional<Agency> agency) {
        return agency.map(a -> switch (a) {
            case ILO -> 1.0;
            case IOM -> 0.85;
            case OHCHR -> 1.3;
            case UNESCO -> 1.15;
        }).orElse(1.0);
    }

    Random random() {
        return random;
    }

    /** A share between {@code low} and {@code high}. */
    double fraction(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** The first of the people more often than each of the others: an agency's main officer. */
    <T> T weightedFirst(List<T> people) {
        if (people.size() == 1 || random.nextDouble() < 0.6) {
            return people.get(0);
        }
        return people.get(1 + random.nextInt(people.size() - 1));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    String screeningNote() {
        return oneOf(List.of(
                "The request concerns asylum procedures, which are outside the campaign's instruments; referred to UNHCR.",
                "The request asks for funding of a national census, which the agencies cannot provide under this desk.",
                "A duplicate of a request the State submitted earlier this year; the work continues there."));
    }

    String clarificationQuestion() {
        return oneOf(List.of(
                "Please attach the current migration law and any implementing regulations.",
                "Which ministry will lead the work, and who is its focal point?",
                "Please say which Parts of the Convention the review should cover first.",
                "Could you share the draft bill in its latest version, with the explanatory memorandum?"));
    }

    String clarificationAnswer() {
        return oneOf(List.of(
                "Attached are the migration law and its two implementing decrees.",
                "The Ministry of Labour leads; the focal point is the Director of International Affairs.",
                "Parts III and IV first: the parliament debates them in the coming session.",
                "The latest draft is attached, with the explanatory memorandum sent to parliament."));
    }

    String overrideReason() {
        return oneOf(List.of("The agency already advises the ministry on this law.",
                "The lead agency's regional office has no capacity this quarter.",
                "A joint programme with the government is already under way."));
    }

    /** The values of a staff or government task's form, for a task that needs no decision of the fate. */
    Map<String, Object> values(String taskKey, String stateName, Instant now) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (taskKey) {
            case "prepare-gap-analysis" -> values.put("gapAnalysisSummary", oneOf(List.of(
                    "Parts I to III compared with the migration law: gaps on equality of treatment and on expulsion.",
                    "Article-by-article comparison done; the labour code covers art. 25 only for regular workers.",
                    "Nine provisions partly compatible, four without any national provision (arts. 22, 23, 65, 67).")));
            case "add-findings" -> values.put("contributionSummary", oneOf(List.of(
                    "Findings on arts. 25 to 27 (conditions of work, social security).",
                    "Findings on the consular and return provisions (arts. 23, 67).",
                    "Findings on recruitment agencies and the fees charged to migrant workers.")));
            case "consolidate-review" -> values.put("reviewReport", oneOf(List.of(
                    "Consolidated gap analysis for " + stateName + " with recommendations per Part.",
                    "Review of " + stateName + "'s legislation: twelve gaps, each with a proposed amendment.",
                    "Final report with the contributors' findings and a table of compatible provisions.")));
            case "comment-on-draft" -> values.put("draftComments", oneOf(List.of(
                    "Comments on the definitions chapter and on the rights of workers in an irregular situation.",
                    "The draft should extend equal treatment to social security (art. 27) and remove the visa fee.",
                    "Suggested wording for the chapter on family reunification and on the right to transfer earnings.")));
            case "add-comments", "contribute" -> values.put("contributionSummary", oneOf(List.of(
                    "Comments from the regional office, with examples from neighbouring States.",
                    "Contribution on labour inspection and complaints mechanisms.",
                    "Input on data sources and on the training of border officials.")));
            case "consolidate-comments" -> values.put("consolidatedComments", oneOf(List.of(
                    "One set of comments from the agencies, article by article, for the drafting committee.",
                    "Consolidated comments with the three points the agencies consider essential.")));
            case "plan-assistance" -> {
                values.put("assistancePlan", oneOf(List.of(
                        "Two workshops for labour inspectors, then a training of trainers.",
                        "A good-practice note on complaint mechanisms and a study visit.",
                        "Support to the drafting team of the report, with two review meetings.",
                        "A survey of recent migration data and a short policy brief.")));
                values.put("plannedDelivery", date(now.plus(Duration.ofDays(30 + random.nextInt(60)))));
            }
            case "record-outcome" -> {
                values.put("deliveredOn", date(now.minus(Duration.ofDays(random.nextInt(5)))));
                values.put("outcomeSummary", oneOf(List.of(
                        "Workshop held with 34 officials; evaluation and materials attached.",
                        "Guidance note delivered to the ministry and presented to the inter-ministerial committee.",
                        "Report draft reviewed with the government's drafting team.",
                        "Policy brief delivered, with the underlying data tables.")));
            }
            case "answer-question" -> values.put("questionAnswer", oneOf(List.of(
                    "The recommendations can be phased: the first three need no change of law.",
                    "Yes, the agencies can present the findings to the parliamentary committee.",
                    "The training materials may be translated and reused by the ministry.")));
            case "provide-clarification" -> values.put("clarificationAnswer", clarificationAnswer());
            default -> {
                // a form without fields
            }
        }
        return values;
    }

    String approvalComment() {
        return oneOf(List.of("Cover Part VI as well before it goes to the government.",
                "The recommendations need a clear order of priority.",
                "Please check the references to the national provisions."));
    }

    String reviewComment() {
        return oneOf(List.of("Thank you; the ministry will use the recommendations in the next session.",
                "Useful work; we would welcome a follow-up on the training next year."));
    }

    String reviewQuestion() {
        return oneOf(List.of("Could the recommendations be ranked by urgency?",
                "May we share the report with the parliamentary committee?",
                "Can the training materials be translated into the national language?"));
    }

    private static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
