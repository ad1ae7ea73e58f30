package org.advisorydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report's pages: any text a finding may hold is shown, wrapped within the margins, page after page. */
class ReportLayoutTest {

    @Test
    void charactersOutsideTheFontAreShownByTheirBaseLetterOrAQuestionMark() throws IOException {
        String text = textOf(layout -> layout.line("Asunción, São Paulo, Düsseldorf, Łódź, Kőszeg, 東京, tab\there"));

        assertThat(text).contains("Asunción, São Paulo, Düsseldorf, ?ódz, Koszeg, ??, tab here");
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
