package org.advisorydesk.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.advisorydesk.document.Document;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.Routing;

/** What the findings page shows, one record per page or part of a page. */
public final class FindingViews {

    static final String PART_PREFIX = "part-";

    private FindingViews() {
    }

    /**
     * The findings page: the request, how its review is routed (null before routing), the agency the
     * user records findings for (null: the page is read-only to them), whether they belong to the lead,
     * the progress, the Convention Part by Part, and the versions of the review report.
     */
    public record FindingsPage(AssistanceRequest request, Routing routing, Agency agency, boolean lead,
            Progress progress, List<PartView> parts, List<ReportVersion> reports, Shown shown) {

        public List<Assessment> assessments() {
            return List.of(Assessment.values());
        }

        public boolean open() {
            return !request.status().isFinal();
        }

        /** The article or Part named, as {@code 12} or {@code part-IV}. */
        public ProvisionView provision(String name) {
            return parts.stream()
                    .flatMap(part -> Stream.concat(Stream.of(part.whole()), part.articles().stream()))
                    .filter(p -> p.provision().equals(name)).findFirst().orElse(null);
        }
    }

    /** A version of the review report with when it was produced, to the minute in UTC. */
    public record ReportVersion(Document document, String producedAt) {

        private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

        static ReportVersion of(Document document) {
            return new ReportVersion(document, SHOWN.format(document.uploadedAt().atZone(ZoneOffset.UTC)));
        }
    }

    /** How many of the Convention's articles have an assessment, on their own or through their Part. */
    public record Progress(int assessed, int total) {
    }

    /**
     * One Part of the Convention: the finding on the Part as a whole, then its articles (only those not yet
     * assessed when the page shows only those), and how many of all its articles are assessed, on their
     * own or through the Part as a whole.
     */
    public record PartView(String part, String title, ProvisionView whole, List<ProvisionView> articles,
            boolean wholeAssessed, int assessed, int total) {

        public boolean complete() {
            return assessed == total;
        }
    }

    /**
     * How the page is shown: every article, or only those not yet assessed ({@code ?show=unassessed}); and
     * the task the user came from ({@code ?task=…}), to go back to (null: none).
     */
    public record Shown(boolean unassessedOnly, String task) {

        public static final Shown ALL = new Shown(false, null);
        private static final java.util.regex.Pattern TASK_ID = java.util.regex.Pattern.compile("[A-Za-z0-9-]{1,64}");

        static Shown of(String show, String task) {
            return new Shown("unassessed".equals(show), task != null && TASK_ID.matcher(task).matches() ? task : null);
        }
    }

    /**
     * An article or a Part as a whole: the values of the form when the user's agency may record a finding
     * on it (its current finding, or what was just sent), the findings of the others, the problems of a
     * refused save, and whether it was just saved.
     */
    public record ProvisionView(String provision, Integer article, String part, String topic, boolean editable,
            FindingForm values, List<Finding> others, Map<String, Problem> problems, boolean saved) {

        private static final List<String> FIELDS = List.of("assessment", "nationalProvision", "comment");

        /** The id of the provision's block on the page, which is also its anchor. */
        public String anchor() {
            return anchorOf(provision);
        }

        /** The id of one of its fields, such as {@code finding-12-assessment}. */
        public String fieldId(String field) {
            return "finding-" + provision + "-" + field;
        }

        public Problem problem(String field) {
            return problems.get(field);
        }

        /** Whether the field is the first one with a problem, which takes the focus. */
        public boolean focus(String field) {
            return FIELDS.stream().filter(problems::containsKey).findFirst().map(field::equals).orElse(false);
        }

        /** The message key of its heading, whose arguments are {@link #number()} and the topic. */
        public String labelKey() {
            return article != null ? "review.article.heading" : "review.part.whole";
        }

        /** The article's number, or the Part's. */
        public Object number() {
            return article != null ? article : part;
        }

        static String anchorOf(String provision) {
            return provision.startsWith(PART_PREFIX) ? provision + "-whole" : "article-" + provision;
        }
    }

    /** What is wrong with a field, as a message key and the one value it may show. */
    public record Problem(String key, Object argument) {
    }

    /** A save the page refused: which provision, what was sent, what was wrong. */
    public record Attempt(String provision, FindingForm values, Map<String, Problem> problems) {
    }
}
