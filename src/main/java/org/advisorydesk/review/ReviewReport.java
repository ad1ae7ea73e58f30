package org.advisorydesk.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.Routing;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The legislative review's report as a PDF, in the reader's language: the request, the progress, then
 * Part by Part and article by article each agency's assessment, national provision and comment.
 */
@Component
class ReviewReport {

    private final MessageSource messages;

    ReviewReport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(AssistanceRequest request, Routing routing, LegislativeReview review, LocalDate produced,
            Locale locale) {
        Texts text = new Texts(messages, locale);
        try (ReportLayout pdf = new ReportLayout(text.of("review.pdf.title"), locale,
                text.of("review.pdf.footer", request.reference()))) {
            pdf.title(text.of("review.pdf.title"));
            pdf.line(text.of("review.pdf.request", request.reference(), request.title()));
            pdf.line(text.of("review.pdf.state", request.requestingState()));
            pdf.line(text.of("review.pdf.routing", routing.lead(), routing.contributors().isEmpty() ? "–"
                    : routing.contributors().stream().map(Enum::name).collect(Collectors.joining(", "))));
            pdf.line(text.of("review.pdf.produced", produced.toString()));
            pdf.line(text.of("review.progress", review.assessedArticles(), review.totalArticles()));
            for (LegislativeReview.PartReview part : review.parts()) {
                pdf.heading(text.of("review.part.heading", part.part(), part.title()));
                if (!part.findings().isEmpty()) {
                    pdf.subheading(text.of("review.part.whole", part.part()));
                    findings(pdf, text, part.findings());
                }
                for (LegislativeReview.ArticleReview article : part.articles()) {
                    pdf.subheading(text.of("review.article.heading", article.article(), article.topic()));
                    findings(pdf, text, article.findings());
                }
            }
            return pdf.toPdf();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the review report of " + request.reference(), e);
        }
    }

    private static void findings(ReportLayout pdf, Texts text, List<Finding> findings) throws IOException {
        if (findings.isEmpty()) {
            pdf.indented(text.of("review.findings.none"));
        }
        for (Finding finding : findings) {
            pdf.indented(text.of("review.pdf.finding", finding.agency(),
                    text.of("review.assessment." + finding.assessment())));
            if (finding.nationalProvision() != null) {
                pdf.indented(text.of("review.pdf.nationalProvision", finding.nationalProvision()));
            }
            if (finding.comment() != null) {
                pdf.indented(text.of("review.pdf.comment", finding.comment()));
            }
        }
    }

    /** The report's texts in one language. */
    private record Texts(MessageSource messages, Locale locale) {

        String of(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
