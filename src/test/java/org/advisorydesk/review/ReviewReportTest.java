package org.advisorydesk.review;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.advisorydesk.DeskTest;
import org.advisorydesk.document.Document;
import org.advisorydesk.document.DocumentKind;
import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review report as the lead agency produces it and the government may receive it: a Turkish
 * request's review by OHCHR with ILO and IOM, with findings in Turkish, Vietnamese, Russian and Arabic, a
 * finding on Part I as a whole, and a first consolidation the managers sent back with a comment.
 */
@DeskTest
class ReviewReportTest {

    /** French puts a non-breaking space before a colon, semicolon, question or exclamation mark. */
    private static final String NB = "\u00A0";

    static final String TURKISH = "Yabancılar çalışma izni şartları";
    static final String VIETNAMESE = "Người lao động di cư";
    static final String RUSSIAN = "Трудящиеся-мигранты";
    static final String ARABIC = "العمال المهاجرون";
    static final AssistanceType REVIEW = AssistanceType.LEGISLATIVE_REVIEW;

    @Autowired RequestService requests;
    @Autowired RequestScenario scenario;
    @Autowired FindingService findings;
    @Autowired ReviewReports reports;
    @Autowired DocumentService documents;
    @Autowired Clock clock;

    AssistanceRequest request;

    @BeforeEach
    void aTurkishReviewWithFindings() {
        request = requests.submit(RequestScenario.COORDINATOR,
                aRequest().forState("TUR").with("title", "İş Kanunu ve " + TURKISH).build());
        scenario.screenAsComplete(request);
        record(RequestScenario.OHCHR, "part-I", "COMPATIBLE", "Anayasa, madde 16", VIETNAMESE + " được bảo vệ");
        record(RequestScenario.OHCHR, "2", "NOT_COMPATIBLE", "Law 6458, art. 3", "Seasonal workers are left out");
        record(RequestScenario.ILO, "25", "NOT_COMPATIBLE", TURKISH, RUSSIAN + " не защищены");
        record(RequestScenario.IOM, "25", "PARTLY_COMPATIBLE", "Law 6735", "Wages only");
        record(RequestScenario.IOM, "12", "COMPATIBLE", "Anayasa, madde 24", ARABIC);
    }

    @Test
    void turkishVietnameseRussianAndArabicTextComesOutAsTypedInEmbeddedFonts() throws IOException {
        byte[] pdf = produced(Locale.ENGLISH);
        keep(pdf, "review-report-en.pdf");

        String text = textOf(pdf);
        assertThat(text.lines()).contains("National provision: " + TURKISH, "Subject İş Kanunu ve " + TURKISH,
                "Comment: " + VIETNAMESE + " được bảo vệ", "Comment: " + RUSSIAN + " не защищены", "Comment: " + ARABIC);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fontsOf(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void coverNamesTheRequestTheStateTheAgenciesAndTheDate() throws IOException {
        String cover = textOf(produced(Locale.ENGLISH)).split("Executive summary")[0];

        assertThat(cover).contains("Legislative review report").contains("Request " + request.reference())
                .contains("State Türkiye (TUR)")
                .contains("Lead agency OHCHR").contains("Contributing agencies ILO, IOM")
                .contains("Date " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                        .format(LocalDate.now(clock)));
    }

    @Test
    void partTableCountsEachPartsArticlesByTheirLeastCompatibleAssessment() throws IOException {
        String text = textOf(produced(Locale.ENGLISH));

        // Part I: art. 2 on its own, arts. 1, 3-6 through the Part; Part III: art. 25 at IOM's and ILO's worst, art. 12
        assertThat(text.lines()).contains("All Parts 6 0 2 85")
                .anyMatch(line -> line.startsWith("Part I: ") && line.endsWith(" 5 0 1 0"))
                .anyMatch(line -> line.startsWith("Part III: ") && line.endsWith(" 1 0 1 26"))
                .anyMatch(line -> line.startsWith("Part IX: ") && line.endsWith(" 0 0 0 9"));
        assertThat(text.replace('\n', ' '))
                .contains("Articles assessed: 8 of 93. Compatible with national law: 6; partly compatible: 0; not compatible: 2.")
                .contains("Parts with articles not compatible: I, III.");
    }

    @Test
    void articleCoveredByAPartLevelFindingIsShownAsSuch() throws IOException {
        String text = textOf(produced(Locale.ENGLISH));

        assertThat(between(text, "Article 3: ", "Article 4: ")).contains("Assessed with Part I as a whole: Compatible.")
                .doesNotContain("No findings yet");
        assertThat(between(text, "Article 2: ", "Article 3: ")).contains("OHCHR: Not compatible")
                .doesNotContain("as a whole");
        assertThat(between(text, "Article 7: ", "Part III: ")).contains("Not assessed");
    }

    @Test
    void reportCarriesTheLeadsConclusionsButNoInternalSummaryDecisionOrUserId() throws IOException {
        scenario.confirmRouting(request);
        scenario.complete(RequestScenario.OHCHR, request, "prepare-gap-analysis", REVIEW,
                Map.of("gapAnalysisSummary", "Internal: the lead's own summary"));
        scenario.complete(RequestScenario.ILO, request, "add-findings", REVIEW,
                Map.of("contributionSummary", "Internal: ILO's contribution"));
        scenario.complete(RequestScenario.IOM, request, "add-findings", REVIEW,
                Map.of("contributionSummary", "Internal: IOM's contribution"));
        scenario.complete(RequestScenario.OHCHR, request, "consolidate-review", REVIEW,
                Map.of("reviewReport", "Two gaps: arts. 2 and 25. Amend Law 6458 on " + TURKISH + "."));
        scenario.complete(RequestScenario.MANAGER, request, "approve-deliverable", REVIEW,
                Map.of("approvalDecision", "REJECT", "approvalComment", "Internal: manager says redo Part III"));

        byte[] pdf = produced(Locale.ENGLISH);
        keep(pdf, "review-report-with-conclusions-en.pdf");
        String text = textOf(pdf);

        assertThat(between(text, "Conclusions of the review", "Findings, Part by Part"))
                .contains("Two gaps: arts. 2 and 25. Amend Law 6458 on " + TURKISH + ".");
        assertThat(text).doesNotContain("Internal").doesNotContain("REJECT")
                .doesNotContain("ohchr.officer").doesNotContain("ilo.officer").doesNotContain("iom.officer");
    }

    @Test
    void consolidatingTheReviewAttachesTheReportWhichTheGovernmentReceivesOnlyOnceApproved() throws IOException {
        CurrentUser turkey = new CurrentUser("gov.turkey", java.util.Set.of("gov-tur"));
        scenario.confirmRouting(request);
        scenario.complete(RequestScenario.OHCHR, request, "prepare-gap-analysis", REVIEW, Map.of("gapAnalysisSummary", "Done"));
        scenario.complete(RequestScenario.ILO, request, "add-findings", REVIEW, Map.of("contributionSummary", "Done"));
        scenario.complete(RequestScenario.IOM, request, "add-findings", REVIEW, Map.of("contributionSummary", "Done"));
        assertThat(reports.versions(RequestScenario.OHCHR, request.reference())).isEmpty();

        scenario.complete(RequestScenario.OHCHR, request, "consolidate-review", REVIEW,
                Map.of("reviewReport", "Amend Law 6458, art. 3, on " + TURKISH + "."));

        List<Document> versions = reports.versions(RequestScenario.OHCHR, request.reference());
        assertThat(versions).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(DocumentKind.DELIVERABLE));
        long id = versions.get(0).id();
        assertThat(between(textOf(documents.download(RequestScenario.OHCHR, request.reference(), id).content()),
                "Conclusions of the review", "Findings, Part by Part")).contains("Amend Law 6458, art. 3, on " + TURKISH + ".");
        assertThat(documents.documentsOf(turkey, request.reference())).noneMatch(d -> d.id() == id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.download(turkey, request.reference(), id))
                .isInstanceOf(org.advisorydesk.web.NotFoundException.class);

        scenario.complete(RequestScenario.MANAGER, request, "approve-deliverable", REVIEW, Map.of("approvalDecision", "APPROVE"));

        assertThat(textOf(documents.download(turkey, request.reference(), id).content()))
                .contains("Amend Law 6458, art. 3, on " + TURKISH + ".");
    }

    @Test
    void beforeTheLeadConsolidatesTheReportSaysItsConclusionsAreNotRecordedYet() throws IOException {
        String text = textOf(produced(Locale.ENGLISH));

        assertThat(between(text, "Conclusions of the review", "Findings, Part by Part"))
                .contains("The lead agency has not recorded its conclusions yet");
    }

    @Test
    void reportIsInSpanishForASpanishReader() throws IOException {
        byte[] pdf = produced(new Locale("es"));
        keep(pdf, "review-report-es.pdf");
        String text = textOf(pdf);

        assertThat(text).contains("Informe del examen legislativo").contains("Resumen ejecutivo")
                .contains("Artículos evaluados: 8 de 93").contains("Evaluado con la parte I en conjunto: Compatible.")
                .contains("Conclusiones del examen").contains("Agencia principal ACNUDH")
                .doesNotContain("Executive summary");
    }

    @Test
    void reportIsInFrenchForAFrenchReader() throws IOException {
        byte[] pdf = produced(Locale.FRENCH);
        keep(pdf, "review-report-fr.pdf");
        String text = textOf(pdf);

        assertThat(text).contains("Rapport d’examen législatif").contains("Résumé")
                .contains("Évalué avec la partie I dans son ensemble" + NB + ": Compatible.")
                .contains("Conclusions de l’examen").contains("Agence chef de file HCDH")
                .doesNotContain("Executive summary");
        assertThat(text.lines()).anyMatch(line -> line.startsWith("Partie I" + NB + ": ") && line.endsWith(" 5 0 1 0"));
    }

    private void record(CurrentUser user, String provision, String assessment,
            String nationalProvision, String comment) {
        findings.record(user, request.reference(), provision,
                new FindingInput(Assessment.valueOf(assessment), nationalProvision, comment));
    }

    private byte[] produced(Locale locale) {
        Document report = reports.produce(RequestScenario.OHCHR, request.reference(), locale);
        return documents.download(RequestScenario.OHCHR, request.reference(), report.id()).content();
    }

    /** Leaves the report in target/review-report/ for a reader to look at. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "review-report"));
        Files.write(folder.resolve(name), pdf);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("'%s' in the report", from).isNotNegative();
        int end = text.indexOf(to, start + from.length());
        assertThat(end).as("'%s' after '%s' in the report", to, from).isPositive();
        return text.substring(start, end);
    }
}
