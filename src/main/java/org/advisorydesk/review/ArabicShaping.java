package org.advisorydesk.review;

/**
 * Arabic letters as a PDF must print them: PDFBox places one glyph per character and does not join
 * letters, so each of the 36 basic letters (U+0621 to U+064A) becomes its isolated, final, initial or
 * medial form from Unicode's Arabic Presentation Forms-B (U+FE80 to U+FEFC), which the report's fonts
 * have, and lam followed by alef becomes their ligature. Vowel marks (harakat) are transparent: a letter
 * joins across them. Letters of other languages written in Arabic script (Persian, Urdu) are not shaped:
 * the caller treats them as unshowable.
 */
final class ArabicShaping {

    private static final char FIRST = '\u0621';
    private static final char LAST = '\u064A';
    private static final char TATWEEL = '\u0640';
    private static final char LAM = '\u0644';

    /**
     * For each letter from U+0621 on: its isolated form in Presentation Forms-B and how many forms it
     * has (1: joins neither side, 2: joins only the letter before it, 4: joins both); 0 for code points
     * that are not letters.
     */
    private static final int[][] FORMS = {
            {0xFE80, 1}, {0xFE81, 2}, {0xFE83, 2}, {0xFE85, 2}, {0xFE87, 2}, {0xFE89, 4}, {0xFE8D, 2},
            {0xFE8F, 4}, {0xFE93, 2}, {0xFE95, 4}, {0xFE99, 4}, {0xFE9D, 4}, {0xFEA1, 4}, {0xFEA5, 4},
            {0xFEA9, 2}, {0xFEAB, 2}, {0xFEAD, 2}, {0xFEAF, 2}, {0xFEB1, 4}, {0xFEB5, 4}, {0xFEB9, 4},
            {0xFEBD, 4}, {0xFEC1, 4}, {0xFEC5, 4}, {0xFEC9, 4}, {0xFECD, 4},
            {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, // U+063B to U+063F: not basic letters
            {0, 0}, // U+0640 tatweel, which joins but has no forms of its own
            {0xFED1, 4}, {0xFED5, 4}, {0xFED9, 4}, {0xFEDD, 4}, {0xFEE1, 4}, {0xFEE5, 4}, {0xFEE9, 4},
            {0xFEED, 2}, {0xFEEF, 2}, {0xFEF1, 4}};

    private ArabicShaping() {
    }

    /** Whether the character is one of the letters this shapes. */
    static boolean shapes(int codePoint) {
        return codePoint >= FIRST && codePoint <= LAST && (codePoint == TATWEEL || FORMS[codePoint - FIRST][1] > 0);
    }

    /** The text with its Arabic letters in their joined forms, still in logical (reading) order. */
    static String shape(String text) {
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char letter = text.charAt(i);
            if (!letter(letter)) {
                shaped.append(letter);
                continue;
            }
            boolean joinsBefore = joinsForward(previous(text, i));
            int next = following(text, i);
            if (letter == LAM && next >= 0 && lamAlef(text.charAt(next)) != 0) {
                shaped.append((char) (lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                shaped.append(text, i + 1, next); // the vowel marks between them stay
                i = next;
                continue;
            }
            boolean joinsAfter = joinsForward(letter) && next >= 0 && joinsBackward(text.charAt(next));
            shaped.append(form(letter, joinsBefore, joinsAfter));
        }
        return shaped.toString();
    }

    private static char form(char letter, boolean joinsBefore, boolean joinsAfter) {
        int[] forms = FORMS[letter - FIRST];
        if (forms[1] == 1) {
            return (char) forms[0];
        }
        if (forms[1] == 2) {
            return (char) (forms[0] + (joinsBefore ? 1 : 0));
        }
        int offset = joinsBefore ? (joinsAfter ? 3 : 1) : (joinsAfter ? 2 : 0);
        return (char) (forms[0] + offset);
    }

    /** The ligature of lam with this alef (its isolated form; the final form is one more), or 0. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }

    private static boolean letter(char c) {
        return c >= FIRST && c <= LAST && FORMS[c - FIRST][1] > 0;
    }

    /** Whether the character joins the letter after it (a dual-joining letter or tatweel). */
    private static boolean joinsForward(int c) {
        return c == TATWEEL || c >= FIRST && c <= LAST && FORMS[c - FIRST][1] == 4;
    }

    /** Whether the character joins the letter before it. */
    private static boolean joinsBackward(char c) {
        return c == TATWEEL || letter(c) && FORMS[c - FIRST][1] > 1;
    }

    /** The character before position i, passing over vowel marks; -1 at the start. */
    private static int previous(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!transparent(text.charAt(j))) {
                return text.charAt(j);
            }
        }
        return -1;
    }

    /** The position of the character after position i, passing over vowel marks; -1 at the end. */
    private static int following(String text, int i) {
        for (int j = i + 1; j < text.length(); j++) {
            if (!transparent(text.charAt(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean transparent(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
