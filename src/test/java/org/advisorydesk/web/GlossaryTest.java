package org.advisorydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of every bundle against the glossary of its language ({@code glossary.*} in
 * {@code messages*.properties}): where the English text uses a term, the translation uses the language's
 * word for it and none of the words that must never stand for it (a deliverable is never a "résultat"
 * in French, a status never an "estado" in Spanish); the Spanish "Estado" means a State only; French
 * puts a non-breaking space before a colon, semicolon, question or exclamation mark.
 */
class GlossaryTest {

    /** The bundles the application reads: spring.messages.basename of its application.yaml. */
    static final List<String> BASENAMES = basenames();

    /** The Convention's article titles follow its authentic texts, not the desk's glossary. */
    private static final String TREATY_TEXT = "icrmw.";

    /** Terms whose translation must appear wherever the English uses the term. */
    private static final List<String> REQUIRED = List.of("deliverable", "finding");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void whereTheEnglishUsesATermTheTranslationNeverUsesAWordToAvoid(String language) throws IOException {
        Map<String, String> english = texts("");
        Map<String, String> translated = texts("_" + language);
        Properties glossary = bundle("messages_" + language);
        Properties englishGlossary = bundle("messages");
        List<String> wrong = new ArrayList<>();

        for (String term : terms(englishGlossary)) {
            Pattern englishWord = word(englishGlossary.getProperty("glossary.term." + term));
            String word = glossary.getProperty("glossary.term." + term);
            assertThat(word).as(language + " glossary term " + term).isNotBlank();
            List<String> avoid = Arrays.stream(glossary.getProperty("glossary.term." + term + ".avoid", "").split(","))
                    .map(String::strip).filter(a -> !a.isEmpty()).toList();
            english.forEach((key, text) -> {
                String translation = translated.get(key);
                if (key.startsWith("glossary.") || key.startsWith(TREATY_TEXT) || translation == null
                        || !englishWord.matcher(text).find()) {
                    return;
                }
                avoid.stream().filter(a -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(a)).matcher(translation).find())
                        .forEach(a -> wrong.add(key + ": \"" + a + "\" for " + term + " in «" + translation + "»"));
                String plural = glossary.getProperty("glossary.term." + term + ".plural", word);
                if (REQUIRED.contains(term) && Stream.of(word, plural).noneMatch(w -> Pattern.compile(Pattern.quote(w),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(translation).find())) {
                    wrong.add(key + ": no \"" + word + "\" for " + term + " in «" + translation + "»");
                }
            });
        }
        assertThat(wrong).as(language + " texts against the glossary").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void theWordForAStateAlwaysMeansAState(String language) throws IOException {
        Map<String, String> english = texts("");
        Map<String, String> translated = texts("_" + language);
        Pattern state = Pattern.compile("\\bStates?\\b");
        // État, États; Estado, Estados; written in any case, as a status would be at the start of a label
        Pattern word = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(bundle("messages_" + language)
                .getProperty("glossary.term.state")) + "s?(?!\\p{L})");
        List<String> wrong = new ArrayList<>();

        translated.forEach((key, text) -> {
            String source = english.get(key);
            if (source != null && !key.startsWith(TREATY_TEXT) && count(word, text) > count(state, source)) {
                wrong.add(key + ": «" + text + "» for «" + source + "»");
            }
        });
        assertThat(wrong).as(language + " texts naming a State where the English names none").isEmpty();
    }

    @Test
    void frenchPutsANonBreakingSpaceBeforeDoublePunctuation() throws IOException {
        // a colon, semicolon, question or exclamation mark ending a word, not in a time or an address
        Pattern bare = Pattern.compile("[^\\s\\u00A0\\u202F/:\\d{}]([:;?!])(?=\\s|$)|[ \\t]([:;?!])(?=\\s|$)|« | »");
        List<String> wrong = new ArrayList<>();

        texts("_fr").forEach((key, text) -> {
            Matcher m = bare.matcher(text.replace("\\n", "\n"));
            if (m.find()) {
                wrong.add(key + ": «" + text + "»");
            }
        });
        assertThat(wrong).as("French texts without a non-breaking space before : ; ? ! or inside « »").isEmpty();
    }

    @Test
    void everyAgencyHasItsAbbreviationAndNameInEachLanguage() throws IOException {
        for (String suffix : List.of("", "_fr", "_es")) {
            Properties texts = bundle("messages" + suffix);
            for (org.advisorydesk.identity.Agency agency : org.advisorydesk.identity.Agency.values()) {
                assertThat(texts.getProperty("glossary.agency." + agency)).as(suffix + " " + agency).isNotBlank();
                assertThat(texts.getProperty("glossary.agency." + agency + ".name")).as(suffix + " " + agency).isNotBlank();
            }
        }
        assertThat(bundle("messages_fr").getProperty("glossary.agency.OHCHR")).isEqualTo("HCDH");
        assertThat(bundle("messages_es").getProperty("glossary.agency.OHCHR")).isEqualTo("ACNUDH");
        assertThat(bundle("messages_fr").getProperty("glossary.agency.ILO")).isEqualTo("OIT");
    }

    private static List<String> terms(Properties englishGlossary) {
        return englishGlossary.stringPropertyNames().stream().filter(k -> k.startsWith("glossary.term."))
                .map(k -> k.substring("glossary.term.".length())).filter(t -> !t.contains(".")).sorted().toList();
    }

    /** A word as it starts a word of the text (so "deliverable" finds "deliverables"); case as written if capitalised. */
    private static Pattern word(String word) {
        boolean capitalised = Character.isUpperCase(word.codePointAt(0));
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word), capitalised ? Pattern.UNICODE_CASE
                : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    /** Every text of the language's bundles by key. */
    static Map<String, String> texts(String suffix) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        for (String basename : BASENAMES) {
            Properties bundle = bundle(basename + suffix);
            bundle.stringPropertyNames().forEach(k -> texts.put(k, bundle.getProperty(k)));
        }
        return texts;
    }

    private static List<String> basenames() {
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/application.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^\\s+basename:\\s*(\\S+)\\s*$").matcher(yaml);
            assertThat(m.find()).as("spring.messages.basename in application.yaml").isTrue();
            return List.of(m.group(1).split(","));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
