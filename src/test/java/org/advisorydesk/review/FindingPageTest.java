package org.advisorydesk.review;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.document.Document;
import org.advisorydesk.document.DocumentKind;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The findings page of a legislative review through HTTP, as browsers with and without JavaScript use
 * it. The review of an ICRMW request is led by OHCHR with ILO and IOM contributing.
 */
@DeskTest
class FindingPageTest {

    /** French puts a non-breaking space before a colon, semicolon, question or exclamation mark. */
    private static final String NB = "\u00A0";

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired FindingService findings;
    @Autowired DocumentService documents;

    String reference;

    @BeforeEach
    void aRoutedLegislativeReview() {
        reference = routed(aRequest().assistanceTypes("LEGISLATIVE_REVIEW"));
    }

    @Test
    void officerOfARoutedAgencySavesAFindingWithHtmxAndSeesItAndTheProgressGoUp() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        String before = ilo.get(page()).body();
        assertThat(before).contains("0 of 93 articles assessed").contains("id=\"finding-12-assessment\"")
                .contains("hx-post=\"/work/requests/" + reference + "/findings/12\"");

        HttpResponse<String> saved = ilo.htmxPost(page() + "/12", finding("PARTLY_COMPATIBLE", "Ley 978/96, art. 5",
                "Falta la garantía de igualdad"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("<html").contains("id=\"article-12\"")
                .contains("<option value=\"PARTLY_COMPATIBLE\" selected=\"selected\">")
                .contains("hx-swap-oob=\"innerHTML\"").contains("1 of 93 articles assessed")
                .contains("Saved.");
        String after = ilo.get(page()).body();
        assertThat(after).contains("1 of 93 articles assessed").contains("value=\"Ley 978/96, art. 5\"")
                .contains(">Falta la garantía de igualdad</textarea>");
    }

    @Test
    void saveWithoutJavaScriptRedirectsBackToTheArticle() {
        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        ohchr.get(page());

        HttpResponse<String> saved = ohchr.post(page() + "/25", finding("COMPATIBLE", "Labour Code, art. 3", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page() + "#article-25");
        String shown = ohchr.get(page()).body();
        assertThat(shown).contains("Your finding on Article 25: Equality of treatment").contains("1 of 93 articles assessed");
        assertThat(articleFindings("25")).extracting(Finding::nationalProvision).containsExactly("Labour Code, art. 3");
    }

    @Test
    void findingOnAWholePartCountsEveryArticleOfThePart() {
        PageSession iom = PageSession.signedIn(port, "iom.officer");
        iom.get(page());

        HttpResponse<String> saved = iom.htmxPost(page() + "/part-IX", finding("COMPATIBLE", "", "Final clauses"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("id=\"part-IX-whole\"").contains("9 of 93 articles assessed");
    }

    @Test
    void unknownAssessmentIsRefusedNextToTheFieldWithTheValuesKeptAndNothingStored() {
        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        ohchr.get(page());

        HttpResponse<String> htmx = ohchr.htmxPost(page() + "/22", finding("FINE", "Kept provision", "Kept comment"));
        HttpResponse<String> plain = ohchr.post(page() + "/22", finding("FINE", "Kept provision", "Kept comment"));

        assertThat(htmx.statusCode()).isEqualTo(400);
        assertThat(htmx.body()).contains("id=\"finding-22-assessment-error\"").contains("Choose one of the assessments.")
                .contains("aria-describedby=\"finding-22-assessment-error\"").contains("value=\"Kept provision\"")
                .contains(">Kept comment</textarea>").doesNotContain("<html");
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("<html").contains("Your finding was not saved")
                .contains("href=\"#article-22\"").contains("Choose one of the assessments.");
        assertThat(articleFindings("22")).isEmpty();
    }

    @Test
    void tooLongCommentIsRefusedWithTheLimit() {
        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        ohchr.get(page());

        HttpResponse<String> refused = ohchr.htmxPost(page() + "/22", finding("COMPATIBLE", "Law", "x".repeat(4001)));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"finding-22-comment-error\"").contains("At most 4000 characters")
                .doesNotContain("finding-22-assessment-error");
        assertThat(articleFindings("22")).isEmpty();
    }

    @Test
    void governmentUserHasNoAccess() {
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        assertThat(paraguay.get(page()).statusCode()).isEqualTo(403);
        assertThat(paraguay.post(page() + "/12", finding("COMPATIBLE", "Law", "")).statusCode()).isEqualTo(403);
        assertThat(articleFindings("12")).isEmpty();
    }

    @Test
    void agencyNotRoutedToTheReviewCannotSaveButACoordinatorReadsEverything() {
        // UNESCO contributes to the capacity building of this request, not to its legislative review
        String both = routed(aRequest().assistanceTypes("LEGISLATIVE_REVIEW", "CAPACITY_BUILDING"));
        PageSession.signedIn(port, "ohchr.officer")
                .htmxPost(page(both) + "/12", finding("NOT_COMPATIBLE", "Decree 33/2004", "No remedy"));
        PageSession unesco = PageSession.signedIn(port, "unesco.officer");

        HttpResponse<String> read = unesco.get(page(both));
        HttpResponse<String> save = unesco.post(page(both) + "/12", finding("COMPATIBLE", "Law", ""));
        HttpResponse<String> coordinator = PageSession.signedIn(port, "coordinator").get(page(both));

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("OHCHR: Not compatible").doesNotContain("<select");
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(save.body()).contains("Not allowed").doesNotContain("Exception");
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(coordinator.body()).contains("OHCHR: Not compatible").contains("National provision: Decree 33/2004")
                .contains("Comment: No remedy").contains("1 of 93 articles assessed").doesNotContain("<select")
                .doesNotContain("id=\"produce-report\"");
        assertThat(findings.review(RequestScenario.COORDINATOR, both).parts().get(2).articles().stream()
                .filter(a -> a.article() == 12).findFirst().orElseThrow().findings())
                .extracting(Finding::agency).extracting(Enum::name).containsExactly("OHCHR");
        assertThat(PageSession.signedIn(port, "unesco.officer").get(page()).statusCode()).isEqualTo(404);
    }

    @Test
    void requestWithoutLegislativeReviewHasNoFindingsPage() {
        AssistanceRequest other = scenario.submit(aRequest().assistanceTypes("CAPACITY_BUILDING"));

        HttpResponse<String> response = PageSession.signedIn(port, "coordinator").get(page(other.reference()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1 id=\"error-heading\">Not found</h1>");
    }

    @Test
    void leadProducesTheReportAsADeliverablePdfWithEveryFinding() throws IOException {
        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        assertThat(ohchr.get(page()).body()).contains("id=\"produce-report\"").contains("No review report produced yet.");
        ohchr.htmxPost(page() + "/12", finding("NOT_COMPATIBLE", "Ley nº 978/96, artículo 12",
                "Garantía débil; Łódź and 漢 are not in the font"));
        PageSession.signedIn(port, "ilo.officer").htmxPost(page() + "/part-III",
                finding("PARTLY_COMPATIBLE", "Código Laboral", "Über-long " + "clause ".repeat(60)));

        HttpResponse<String> produced = ohchr.post(page() + "/report", Map.of());

        assertThat(produced.statusCode()).isEqualTo(302);
        assertThat(produced.headers().firstValue("Location").orElseThrow()).endsWith(page() + "#report");
        List<Document> attached = documents.documentsOf(RequestScenario.OHCHR, reference);
        assertThat(attached).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("review-report-" + reference + ".pdf");
            assertThat(d.kind()).isEqualTo(DocumentKind.DELIVERABLE);
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.version()).isEqualTo(1);
        });
        String shown = ohchr.get(page()).body();
        assertThat(shown).contains("The review report was attached to the request as version 1.");
        String link = downloadLink(shown);
        String text = textOf(ohchr.download(link).body());
        assertThat(text).contains(reference).contains("Ley nº 978/96, artículo 12").contains("Garantía débil")
                .contains("Łódź and \uFFFD are not in the font").contains("ILO: Partly compatible").contains("Código Laboral")
                .contains("OHCHR: Not compatible").contains("Article 12").contains("Part III as a whole");

        ohchr.post(page() + "/report", Map.of());
        assertThat(documents.documentsOf(RequestScenario.OHCHR, reference)).extracting(Document::version)
                .containsExactly(1, 2);
    }

    @Test
    void reportIsWrittenInTheLanguageOfTheLead() throws IOException {
        PageSession ohchr = PageSession.signedIn(port, "ohchr.officer");
        ohchr.get(page() + "?lang=fr");
        ohchr.htmxPost(page() + "/1", finding("COMPATIBLE", "Constitution, art. 46", ""));

        ohchr.post(page() + "/report", Map.of());

        String shown = ohchr.get(page()).body();
        assertThat(shown).contains("Rapport d’examen").contains("1 article évalué sur 93");
        assertThat(textOf(ohchr.download(downloadLink(shown)).body())).contains("Rapport d’examen législatif")
                .contains("HCDH" + NB + ": Compatible").contains("Disposition nationale" + NB + ": Constitution, art. 46")
                .contains("Liberté de pensée, de conscience et de religion")
                .doesNotContain("Freedom of thought, conscience and religion");
    }

    @Test
    void partTitlesAndArticleTopicsAreInTheReadersLanguageWhileTheApiKeepsTheEnglish() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");

        String french = ilo.get(page() + "?lang=fr").body();
        String spanish = ilo.get(page() + "?lang=es").body();

        assertThat(french).contains("Partie III" + NB + ": Droits de l’homme de tous les travailleurs migrants et des membres de leur famille")
                .contains("Article 12" + NB + ": Liberté de pensée, de conscience et de religion")
                .doesNotContain("Scope and definitions").doesNotContain("Freedom of thought");
        assertThat(spanish).contains("Parte III: Derechos humanos de todos los trabajadores migratorios y de sus familiares")
                .contains("Artículo 12: Libertad de pensamiento, de conciencia y de religión");
        assertThat(findings.review(RequestScenario.ILO, reference).parts().get(2).title())
                .isEqualTo("Human rights of all migrant workers and members of their families");
    }

    @Test
    void contributorCannotProduceTheReport() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        String shown = ilo.get(page()).body();

        HttpResponse<String> refused = ilo.post(page() + "/report", Map.of());

        assertThat(shown).doesNotContain("id=\"produce-report\"").contains("The lead agency (OHCHR) produces the review report.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed");
        assertThat(documents.documentsOf(RequestScenario.ILO, reference)).isEmpty();
    }

    @Test
    void pageJumpsToEachPartCountsEachPartAndLeadsBackToTheRequestAndTheTask() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get(page());
        ilo.htmxPost(page() + "/part-I", finding("COMPATIBLE", "Constitution, art. 46", ""));
        ilo.htmxPost(page() + "/12", finding("PARTLY_COMPATIBLE", "Ley 978/96, art. 5", ""));

        String shown = ilo.get(page() + "?task=task-42").body();

        assertThat(shown).contains("id=\"parts-nav\"").contains("href=\"#part-I\"").contains("href=\"#part-IX\"")
                .contains("id=\"part-I-progress\"");
        assertThat(partProgress(shown, "I")).isEqualTo("6 of 6 articles assessed");
        assertThat(partProgress(shown, "III")).isEqualTo("1 of 28 articles assessed");
        assertThat(partProgress(shown, "IX")).isEqualTo("0 of 9 articles assessed");
        assertThat(partProgress(shown, "II")).isEqualTo("0 of 1 article assessed");
        assertThat(shown).contains("href=\"/work/requests/" + reference + "\"").contains("href=\"/work/tasks/task-42\"");
        assertThat(ilo.get(page() + "?task=%3Cscript%3E").body()).doesNotContain("id=\"back-to-task\"");
    }

    @Test
    void filterShowsOnlyArticlesNotYetAssessedWithoutJavaScriptAndASaveKeepsIt() {
        PageSession ilo = PageSession.signedIn(port, "ilo.officer");
        ilo.get(page());
        ilo.htmxPost(page() + "/part-I", finding("COMPATIBLE", "Constitution, art. 46", ""));
        ilo.htmxPost(page() + "/12", finding("NOT_COMPATIBLE", "Ley 978/96, art. 5", ""));
        ilo.htmxPost(page() + "/14", finding("NOT_ASSESSED", "", "To do"));

        String open = ilo.get(page() + "?show=unassessed").body();

        assertThat(open).contains("id=\"article-13\"").contains("id=\"article-14\"").contains("id=\"article-93\"")
                .doesNotContain("id=\"article-12\"").doesNotContain("id=\"article-1\"").doesNotContain("id=\"part-I-whole\"")
                .contains("Every article of this Part is assessed.").contains("aria-current=\"page\"");
        assertThat(ilo.get(page()).body()).contains("id=\"article-12\"").contains("id=\"article-1\"");

        HttpResponse<String> saved = ilo.post(page() + "/13",
                Map.of("assessment", "COMPATIBLE", "nationalProvision", "", "comment", "", "show", "unassessed"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page() + "?show=unassessed#article-13");
        // the article just saved stays in view once, with its confirmation; then it is gone from the filter
        assertThat(ilo.get(page() + "?show=unassessed").body()).contains("id=\"article-13\"");
        assertThat(ilo.get(page() + "?show=unassessed").body()).doesNotContain("id=\"article-13\"");
    }

    private static String partProgress(String page, String part) {
        Matcher m = Pattern.compile("id=\"part-" + part + "-progress\">([^<]+)</span>").matcher(page);
        assertThat(m.find()).as("progress of Part " + part).isTrue();
        return m.group(1);
    }

    private String routed(org.advisorydesk.request.NewRequestBuilder body) {
        AssistanceRequest request = scenario.submit(body);
        scenario.screenAsComplete(request);
        return request.reference();
    }

    private String page() {
        return page(reference);
    }

    private static String page(String reference) {
        return "/work/requests/" + reference + "/findings";
    }

    private static Map<String, String> finding(String assessment, String nationalProvision, String comment) {
        return Map.of("assessment", assessment, "nationalProvision", nationalProvision, "comment", comment);
    }

    private List<Finding> articleFindings(String article) {
        return findings.review(RequestScenario.COORDINATOR, reference).parts().stream()
                .flatMap(p -> p.articles().stream())
                .filter(a -> String.valueOf(a.article()).equals(article))
                .findFirst().orElseThrow().findings();
    }

    private static String downloadLink(String page) {
        Matcher link = Pattern.compile("href=\"(/work/requests/[^\"]+/documents/\\d+)\"").matcher(page);
        assertThat(link.find()).as("a link to the report on the page").isTrue();
        return link.group(1);
    }

    private static String textOf(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
