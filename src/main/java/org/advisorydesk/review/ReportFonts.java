package org.advisorydesk.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/**
 * The report's two fonts, DejaVu Sans and DejaVu Sans Bold (shipped in {@code fonts/}, see
 * {@code fonts/NOTICE-fonts.md} for their origin and licence), embedded in the document as subsets of
 * the glyphs it uses, so that any reader shows Turkish, Vietnamese or Russian names as they were typed.
 * A character neither font has (Chinese, say) is shown by its base letter when it has one, else as the
 * replacement mark U+FFFD: no text typed into a finding can break the report, and none disappears unseen.
 * Arabic and Hebrew are drawn through {@link DrawingOrder}.
 */
final class ReportFonts {

    static final String REPLACEMENT = "\uFFFD";

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, String> shown = new HashMap<>();

    /** The fonts, loaded into the document that embeds them. */
    ReportFonts(PDDocument document) throws IOException {
        regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
        bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    }

    PDFont regular() {
        return regular;
    }

    PDFont bold() {
        return bold;
    }

    /** The text with line breaks as \n, other control characters as spaces, and only characters both fonts have. */
    String showable(String text) {
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
            return !base.isEmpty() && encodable(base) ? base : REPLACEMENT;
        });
    }

    private boolean encodable(String text) {
        if (text.codePoints().anyMatch(c -> arabicLetter(c) && !ArabicShaping.shapes(c))) {
            return false; // a letter of Persian or Urdu, say, that would print unjoined
        }
        try {
            regular.encode(text);
            bold.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false; // PDFBox's answer for a character the font has no glyph for
        }
    }

    private static boolean arabicLetter(int codePoint) {
        return Character.getDirectionality(codePoint) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static byte[] read(String path) {
        try (InputStream font = new ClassPathResource(path).getInputStream()) {
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The report's font " + path + " is missing from the application", e);
        }
    }
}
