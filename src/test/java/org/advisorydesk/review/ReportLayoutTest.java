package org.advisorydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report's pages: any text a finding may hold is shown in embedded fonts, wrapped within the margins, page after page. */
class ReportLayoutTest {

    @Test
    void turkishVietnameseAndRussianTextIsShownAsTyped() throws IOException {
        String text = textOf(layout -> {
            layout.line("Yabancılar çalışma izni şartları");
            layout.line("Người lao động di cư");
            layout.line("Трудящиеся-мигранты");
            layout.line("Łódź, Kőszeg, Asunción");
        });

        assertThat(text.lines()).contains("Yabancılar çalışma izni şartları", "Người lao động di cư",
                "Трудящиеся-мигранты", "Łódź, Kőszeg, Asunción");
    }

    @Test
    void charactersOutsideTheFontsAreShownAsTheReplacementMarkNeverDropped() throws IOException {
        String text = textOf(layout -> layout.line("Tokyo 東京, Peshawar پشاور, \uD840\uDC00, tab\there"));

        assertThat(text).contains("Tokyo \uFFFD\uFFFD, Peshawar \uFFFDشاور, \uFFFD, tab here");
    }

    @Test
    void arabicAndHebrewAreDrawnRightToLeftWithArabicLettersJoinedAndReadBackAsTyped() throws IOException {
        String text = textOf(layout -> {
            layout.line("العمال المهاجرون");
            layout.line("Comment: قانون العمل (المادة 12) applies");
            layout.line("עובדים מהגרים");
        });

        assertThat(text.lines()).contains("العمال المهاجرون", "עובדים מהגרים")
                .anyMatch(line -> line.startsWith("Comment: ") && line.contains("قانون العمل") && line.contains("المادة")
                        && line.endsWith(" applies"));
        assertThat(DrawingOrder.visual("لا")).isEqualTo("\uFEFB");
        // "door", drawn from the left: the last beh alone (alef never joins the letter after it), final alef, initial beh
        assertThat(DrawingOrder.visual("باب")).isEqualTo("\uFE8F\uFE8E\uFE91");
        assertThat(DrawingOrder.visual("بيت")).isEqualTo("\uFE96\uFEF4\uFE91"); // "house": final teh, medial yeh, initial beh
    }

    @Test
    void fontsAreEmbeddedSubsetsOfDejaVuSans() throws IOException {
        try (ReportLayout layout = new ReportLayout("Test", Locale.ENGLISH, "footer")) {
            layout.title("Bold title");
            layout.line("Regular text");
            try (PDDocument document = Loader.loadPDF(layout.toPdf())) {
                PDResources resources = document.getPage(0).getResources();
                List<PDFont> fonts = new ArrayList<>();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
                assertThat(fonts).hasSize(2).allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
                });
            }
        }
    }

    @Test
    void frenchPunctuationAfterASpaceNeverStartsALine() throws IOException {
        String text = textOf(layout -> layout.line("Article 12 : compatible ; article 25 : non compatible ; ".repeat(40)));

        assertThat(text.lines()).hasSizeGreaterThan(10).noneMatch(line -> line.startsWith(";") || line.startsWith(":"));
    }

    @Test
    void longTextWrapsWithinTheMarginsAndFlowsOntoNewPages() throws IOException {
        String longWord = "x".repeat(300);
        byte[] pdf;
        try (ReportLayout layout = new ReportLayout("Test", Locale.ENGLISH, "TA-2026-00001 · page")) {
            layout.title("Title");
            for (int i = 0; i < 120; i++) {
                layout.indented("Line " + i + " of a comment that goes on and on " + "and on ".repeat(20));
            }
            layout.line(longWord);
            pdf = layout.toPdf();
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            assertThat(text).contains("Line 0 of a comment").contains("Line 119 of a comment")
                    .contains("TA-2026-00001 · page 1").contains("TA-2026-00001 · page " + document.getNumberOfPages());
            assertThat(text.lines().filter(l -> l.matches("x+")).mapToInt(String::length).sum()).isEqualTo(300);
            assertThat(text.lines().filter(l -> l.matches("x+")).count()).isGreaterThan(1);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    private interface Content {
        void write(ReportLayout layout) throws IOException;
    }

    private static String textOf(Content content) throws IOException {
        try (ReportLayout layout = new ReportLayout("Test", Locale.ENGLISH, "footer")) {
            content.write(layout);
            try (PDDocument document = Loader.loadPDF(layout.toPdf())) {
                return new PDFTextStripper().getText(document);
            }
        }
    }
}
