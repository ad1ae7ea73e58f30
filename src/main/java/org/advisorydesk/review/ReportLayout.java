package org.advisorydesk.review;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text and tables laid out on A4 pages in the report's embedded fonts ({@link ReportFonts}): lines
 * wrapped within the margins, a new page when one is full, a footer on each.
 */
final class ReportLayout implements Closeable {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LINE_SPACING = 1.3f;
    private static final float INDENT = 14;
    private static final float FOOTER_SIZE = 8;
    private static final float TABLE_SIZE = 9;
    private static final float CELL_PADDING = 4;
    private static final Color RULE = new Color(0.6f, 0.6f, 0.6f);
    private static final Color SHADE = new Color(0.92f, 0.92f, 0.92f);

    private final PDDocument document = new PDDocument();
    private final ReportFonts fonts;
    private final String footer;
    private PDPageContentStream page;
    private float y;
    private int pages;

    /** An empty report; the footer of each page is the text given followed by the page number. */
    ReportLayout(String title, Locale locale, String footer) throws IOException {
        this.fonts = new ReportFonts(document);
        this.footer = footer;
        document.getDocumentInformation().setTitle(title);
        document.getDocumentCatalog().setLanguage(locale.toLanguageTag());
    }

    void title(String text) throws IOException {
        write(text, fonts.bold(), 20, 0, 10);
    }

    /** A heading kept on one page with at least the first lines below it. */
    void heading(String text) throws IOException {
        y -= 10;
        keptWithNext(text, 14, 5); // room for a subheading and its first lines
        write(text, fonts.bold(), 14, 0, 4);
    }

    /** A smaller heading, kept on one page with the two lines below it. */
    void subheading(String text) throws IOException {
        y -= 4;
        keptWithNext(text, 11, 2);
        write(text, fonts.bold(), 11, 0, 1);
    }

    void line(String text) throws IOException {
        write(text, fonts.regular(), 10, 0, 2);
    }

    void indented(String text) throws IOException {
        write(text, fonts.regular(), 10, INDENT, 1);
    }

    /** A note in small type, such as how a table counts. */
    void note(String text) throws IOException {
        write(text, fonts.regular(), 8, 0, 2);
    }

    /** Leaves this much height empty. */
    void space(float height) {
        y -= height;
    }

    /** Ends the page: what follows starts on the next one (after the cover, say). */
    void pageBreak() throws IOException {
        newPage();
    }

    /**
     * A table over the width of the text, each column the share of it given; cells wrap within their
     * column, and the columns after the first are aligned right when they hold numbers. A row that no
     * longer fits starts a new page, where the heading rows are repeated.
     */
    void table(float[] shares, boolean numbers, List<TableRow> rows) throws IOException {
        List<TableRow> headings = rows.stream().takeWhile(TableRow::heading).toList();
        for (TableRow row : rows) {
            float height = rowHeight(row, shares);
            if (page == null || y - height < MARGIN) {
                newPage();
                if (!row.heading()) {
                    for (TableRow heading : headings) {
                        tableRow(heading, shares, numbers, rowHeight(heading, shares));
                    }
                }
            }
            tableRow(row, shares, numbers, height);
        }
        y -= 6;
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

    private void tableRow(TableRow row, float[] shares, boolean numbers, float height) throws IOException {
        PDFont font = row.heading() || row.total() ? fonts.bold() : fonts.regular();
        if (row.heading()) {
            page.setNonStrokingColor(SHADE);
            page.addRect(MARGIN, y - height, WIDTH, height);
            page.fill();
            page.setNonStrokingColor(Color.BLACK);
        }
        float x = MARGIN;
        for (int column = 0; column < shares.length; column++) {
            float width = WIDTH * shares[column];
            float baseline = y - CELL_PADDING;
            for (String line : wrap(cell(row, column), font, TABLE_SIZE, width - 2 * CELL_PADDING)) {
                baseline -= TABLE_SIZE * LINE_SPACING;
                float shift = numbers && column > 0 ? width - 2 * CELL_PADDING - width(line, font, TABLE_SIZE) : 0;
                show(line, font, TABLE_SIZE, x + CELL_PADDING + shift, baseline + TABLE_SIZE * 0.3f);
            }
            x += width;
        }
        y -= height;
        page.setStrokingColor(RULE);
        page.setLineWidth(row.total() ? 1f : 0.5f);
        page.moveTo(MARGIN, y);
        page.lineTo(MARGIN + WIDTH, y);
        page.stroke();
    }

    private float rowHeight(TableRow row, float[] shares) throws IOException {
        PDFont font = row.heading() || row.total() ? fonts.bold() : fonts.regular();
        int lines = 1;
        for (int column = 0; column < shares.length; column++) {
            lines = Math.max(lines, wrap(cell(row, column), font, TABLE_SIZE, WIDTH * shares[column] - 2 * CELL_PADDING).size());
        }
        return lines * TABLE_SIZE * LINE_SPACING + 2 * CELL_PADDING;
    }

    private String cell(TableRow row, int column) {
        return column < row.cells().size() ? fonts.showable(row.cells().get(column)).replace('\n', ' ') : "";
    }

    private void write(String text, PDFont font, float size, float indent, float after) throws IOException {
        for (String paragraph : fonts.showable(text).split("\n", -1)) {
            for (String line : wrap(paragraph, font, size, WIDTH - indent)) {
                room(size * LINE_SPACING);
                y -= size * LINE_SPACING;
                show(line, font, size, MARGIN + indent, y);
            }
        }
        y -= after;
    }

    /** Starts a new page unless the heading and this many lines of text below it fit on this one. */
    private void keptWithNext(String heading, float size, int linesBelow) throws IOException {
        int lines = wrap(fonts.showable(heading).replace('\n', ' '), fonts.bold(), size, WIDTH).size();
        room(lines * size * LINE_SPACING + linesBelow * 10 * LINE_SPACING);
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
        show(fonts.showable(footer + " " + pages), fonts.regular(), FOOTER_SIZE, MARGIN, MARGIN / 2);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(DrawingOrder.visual(text));
        page.endText();
    }

    /** Words to lines no wider than the width; a word wider than a line is cut where it must be. */
    private static List<String> wrap(String paragraph, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(paragraph)) {
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
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut++; // never half of a character outside the Basic Multilingual Plane
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The words of a paragraph, French punctuation after a space (" :", " ;") kept with the word before it. */
    private static List<String> words(String paragraph) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.split(" +")) {
            if (!words.isEmpty() && word.matches("[:;!?»]+")) {
                words.set(words.size() - 1, words.get(words.size() - 1) + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(ArabicShaping.shape(text)) / 1000 * size; // joined letters have their own widths
    }

    /** One row of a table: its cells, and whether it heads the table (bold, shaded) or totals it (bold). */
    record TableRow(List<String> cells, boolean heading, boolean total) {

        static TableRow ofHeading(List<String> cells) {
            return new TableRow(cells, true, false);
        }

        static TableRow of(List<String> cells) {
            return new TableRow(cells, false, false);
        }

        static TableRow ofTotal(List<String> cells) {
            return new TableRow(cells, false, true);
        }
    }
}
