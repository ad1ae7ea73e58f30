package org.advisorydesk.review;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text laid out on A4 pages in the standard Helvetica: lines wrapped within the margins, a new page
 * when one is full, a footer on each. Helvetica's WinAnsiEncoding covers Western European letters
 * (é, ñ, ü); any other character is shown by its base letter when it has one (ő as o), else as "?",
 * so no text typed into a finding can break the report.
 */
final class ReportLayout implements Closeable {

    private static final float MARGIN = 56;
    private static final float LINE_SPACING = 1.3f;
    private static final float INDENT = 14;
    private static final float FOOTER_SIZE = 8;
    private static final char UNSHOWABLE = '?';

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, String> shown = new HashMap<>();
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    /** An empty report; the footer of each page is the text given followed by the page number. */
    ReportLayout(String title, Locale locale, String footer) {
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
    }

    void title(String text) throws IOException {
        write(text, bold, 18, 0, 8);
    }

    /** A heading kept on one page with at least the first lines below it. */
    void heading(String text) throws IOException {
        y -= 8;
        room(14 * LINE_SPACING * 4);
        write(text, bold, 14, 0, 4);
    }

    void subheading(String text) throws IOException {
        y -= 4;
        room(11 * LINE_SPACING * 3);
        write(text, bold, 11, 0, 1);
    }

    void line(String text) throws IOException {
        write(text, regular, 10, 0, 2);
    }

    void indented(String text) throws IOException {
        write(text, regular, 10, INDENT, 1);
    }

    byte[] toPdf() throws IOException {
        if (page == null) {
            newPage();
        }
        page.close();
        page = null;
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        document.save(pdf);
        return pdf.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
        }
        document.close();
    }

    private void write(String text, PDFont font, float size, float indent, float after) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
        for (String paragraph : showable(text).split("\n", -1)) {
            for (String line : wrap(paragraph, font, size, width)) {
                room(size * LINE_SPACING);
                y -= size * LINE_SPACING;
                show(line, font, size, MARGIN + indent, y);
            }
        }
        y -= after;
    }

    /** Starts a new page unless this much height is left above the bottom margin. */
    private void room(float height) throws IOException {
        if (page == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pages++;
        show(showable(footer + " " + pages), regular, FOOTER_SIZE, MARGIN, MARGIN / 2);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    /** Words to lines no wider than the width; a word wider than a line is cut where it must be. */
    private static List<String> wrap(String paragraph, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > width) {
                int cut = 1;
                while (cut < rest.length() - 1 && width(rest.substring(0, cut + 1), font, size) <= width) {
                    cut++;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with line breaks as \n, other control characters as spaces, and only characters the font has. */
    private String showable(String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.replaceAll("\\R", "\n").codePoints().forEach(c -> result.append(
                c == '\n' ? "\n" : Character.isISOControl(c) || Character.isWhitespace(c) ? " " : shown(c)));
        return result.toString();
    }

    private String shown(int codePoint) {
        return shown.computeIfAbsent(codePoint, c -> {
            String character = Character.toString(c);
            if (encodable(character)) {
                return character;
            }
            String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return !base.isEmpty() && encodable(base) ? base : String.valueOf(UNSHOWABLE);
        });
    }

    private boolean encodable(String text) {
        try {
            regular.encode(text);
            bold.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
