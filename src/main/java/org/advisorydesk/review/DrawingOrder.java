package org.advisorydesk.review;

import java.text.Bidi;

/**
 * Text in the order PDFBox must draw it: PDFBox places one glyph per character from left to right and
 * knows nothing of right-to-left scripts, so Arabic letters are joined here ({@link ArabicShaping}) and
 * right-to-left runs reversed as the Unicode bidirectional algorithm ({@link Bidi}) orders them.
 */
final class DrawingOrder {

    private DrawingOrder() {
    }

    /**
     * A line as it is drawn, glyph after glyph from the left: Arabic letters joined, and right-to-left
     * runs (Arabic, Hebrew) reversed by the Unicode bidirectional algorithm, each mark kept after its
     * letter and brackets mirrored. A line of left-to-right text comes back unchanged.
     */
    static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        String shaped = ArabicShaping.shape(line);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int run = 0; run < runs; run++) {
            levels[run] = (byte) bidi.getRunLevel(run);
            String text = shaped.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            texts[run] = levels[run] % 2 == 1 ? reversed(text) : text;
        }
        Bidi.reorderVisually(levels, 0, texts, 0, runs);
        return String.join("", texts);
    }

    /** A right-to-left run in drawing order: letters reversed, each followed by its marks, brackets mirrored. */
    private static String reversed(String run) {
        StringBuilder reversed = new StringBuilder(run.length());
        int end = run.length();
        for (int start = end - 1; start >= 0; start--) {
            if (start > 0 && (Character.getType(run.charAt(start)) == Character.NON_SPACING_MARK
                    || Character.isLowSurrogate(run.charAt(start)))) {
                continue; // a mark stays after its letter, a character outside the BMP whole
            }
            run.substring(start, end).codePoints().map(DrawingOrder::mirrored).forEach(reversed::appendCodePoint);
            end = start;
        }
        return reversed.toString();
    }

    private static int mirrored(int c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> c;
        };
    }
}
