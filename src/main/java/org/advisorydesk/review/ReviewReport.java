package org.advisorydesk.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.Routing;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.review.ReportLayout.TableRow;
import org.advisorydesk.web.Terms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The legislative review's report as a PDF, in the reader's language: a cover (the request, the State,
 * the agencies, the date), an executive summary drawn from the findings with a table of each Part's
 * articles by assessment, the lead agency's conclusions, then Part by Part and article by article each
 * agency's assessment, national provision and comment. It holds only what is written for the report and
 * released with it (the findings and the conclusions): never the agencies' internal summaries, the
 * managers' decisions or staff user ids, since the government receives it once the managers approve.
 */
@Component
class ReviewReport {

    private static final float[] COVER_COLUMNS = {0.3f, 0.7f};
    private static final float[] PART_COLUMNS = {0.32f, 0.17f, 0.17f, 0.17f, 0.17f};

    private final MessageSource messages;
    private final Terms terms;

    ReviewReport(MessageSource messages, Terms terms) {
        this.messages = messages;
        this.terms = terms;
    }

    byte[] write(AssistanceRequest request, Routing routing, LegislativeReview review, Optional<String> conclusions,
            LocalDate produced, Locale locale) {
        Texts text = new Texts(messages, terms, locale);
        try (ReportLayout pdf = new ReportLayout(text.of("review.pdf.title"), locale,
                text.of("review.pdf.footer", request.reference()))) {
            cover(pdf, text, request, routing, produced);
            summary(pdf, text, review);
            pdf.heading(text.of("review.pdf.conclusions"));
            pdf.line(conclusions.orElse(text.of("review.pdf.conclusions.none")));
            pdf.heading(text.of("review.pdf.findings"));
            for (LegislativeReview.PartReview part : review.parts()) {
                part(pdf, text, part);
            }
            return pdf.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the review report of " + request.reference(), e);
        }
    }

    /** The first page on its own: what the report is about, for whom, by whom and when. */
    private static void cover(ReportLayout pdf, Texts text, AssistanceRequest request, Routing routing,
            LocalDate produced) throws IOException {
        String state = StateNames.name(request.requestingState(), text.locale());
        pdf.space(120);
        pdf.title(text.of("review.pdf.title"));
        pdf.line(text.of("review.pdf.cover.subject"));
        pdf.space(24);
        pdf.table(COVER_COLUMNS, false, List.of(
                TableRow.of(List.of(text.of("review.pdf.cover.request"), request.reference())),
                TableRow.of(List.of(text.of("review.pdf.cover.title"), request.title())),
                TableRow.of(List.of(text.of("review.pdf.cover.state"), state + " (" + request.requestingState() + ")")),
                TableRow.of(List.of(text.of("review.pdf.cover.instruments"), request.instruments().stream()
                        .map(i -> text.of("portal.instrument." + i.name())).collect(Collectors.joining("; ")))),
                TableRow.of(List.of(text.of("review.pdf.cover.lead"), text.terms().agency(routing.lead(), text.locale()))),
                TableRow.of(List.of(text.of("review.pdf.cover.contributors"), routing.contributors().isEmpty()
                        ? text.of("review.pdf.cover.none")
                        : text.terms().agencies(routing.contributors(), text.locale()))),
                TableRow.of(List.of(text.of("review.pdf.cover.date"),
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(text.locale()).format(produced)))));
        pdf.space(12);
        pdf.line(text.of("review.pdf.cover.scope", state));
        pdf.pageBreak();
    }

    /** The review in figures: how many articles stand where, in all and Part by Part. */
    private static void summary(ReportLayout pdf, Texts text, LegislativeReview review) throws IOException {
        List<PartStanding> parts = review.parts().stream().map(PartStanding::of).toList();
        PartStanding all = PartStanding.total(text.of("review.pdf.table.total"), parts);
        pdf.title(text.of("review.pdf.summary"));
        pdf.line(text.of("review.pdf.summary.assessed", review.assessedArticles(), review.totalArticles(),
                all.count(Assessment.COMPATIBLE), all.count(Assessment.PARTLY_COMPATIBLE),
                all.count(Assessment.NOT_COMPATIBLE)));
        String gaps = partsWith(parts, Assessment.NOT_COMPATIBLE);
        pdf.line(gaps.isEmpty() ? text.of("review.pdf.summary.noGaps") : text.of("review.pdf.summary.gaps", gaps));
        String partly = partsWith(parts, Assessment.PARTLY_COMPATIBLE);
        if (!partly.isEmpty()) {
            pdf.line(text.of("review.pdf.summary.partly", partly));
        }
        pdf.space(6);
        List<TableRow> rows = new ArrayList<>();
        rows.add(TableRow.ofHeading(Stream.concat(Stream.of(text.of("review.pdf.table.part")),
                Stream.of(Assessment.values()).map(a -> text.of("review.assessment." + a))).toList()));
        parts.forEach(p -> rows.add(TableRow.of(cells(p, text.of("review.part.heading", p.part(), p.title())))));
        rows.add(TableRow.ofTotal(cells(all, all.title())));
        pdf.table(PART_COLUMNS, true, rows);
        pdf.note(text.of("review.pdf.table.note"));
    }

    private static void part(ReportLayout pdf, Texts text, LegislativeReview.PartReview part) throws IOException {
        pdf.heading(text.of("review.part.heading", part.part(), part.title()));
        if (!part.findings().isEmpty()) {
            pdf.subheading(text.of("review.part.whole", part.part()));
            findings(pdf, text, part.findings());
        }
        for (LegislativeReview.ArticleReview article : part.articles()) {
            pdf.subheading(text.of("review.article.heading", article.article(), article.topic()));
            findings(pdf, text, article.findings());
            if (PartStanding.coveredByPart(article, part)) {
                pdf.indented(text.of("review.pdf.coveredByPart", part.part(),
                        text.of("review.assessment." + PartStanding.standingOf(article, part))));
            } else if (article.findings().isEmpty()) {
                pdf.indented(text.of("review.assessment.NOT_ASSESSED"));
            }
        }
    }

    private static void findings(ReportLayout pdf, Texts text, List<Finding> findings) throws IOException {
        for (Finding finding : findings) {
            pdf.indented(text.of("review.pdf.finding", text.terms().agency(finding.agency(), text.locale()),
                    text.of("review.assessment." + finding.assessment())));
            if (finding.nationalProvision() != null) {
                pdf.indented(text.of("review.pdf.nationalProvision", finding.nationalProvision()));
            }
            if (finding.comment() != null) {
                pdf.indented(text.of("review.pdf.comment", finding.comment()));
            }
        }
    }

    private static List<String> cells(PartStanding standing, String label) {
        return Stream.concat(Stream.of(label),
                Stream.of(Assessment.values()).map(a -> String.valueOf(standing.count(a)))).toList();
    }

    /** The Parts (I, III…) with at least one article standing at the assessment. */
    private static String partsWith(List<PartStanding> parts, Assessment assessment) {
        return parts.stream().filter(p -> p.count(assessment) > 0).map(PartStanding::part)
                .collect(Collectors.joining(", "));
    }

    /** The report's texts in one language, with the desk's words for its codes (agencies as HCDH in French). */
    private record Texts(MessageSource messages, Terms terms, Locale locale) {

        String of(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
