package org.advisorydesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundle {@code icrmw} against reference/icrmw-articles.csv: every Part and article of the CSV has
 * its title or topic in English (the CSV's own text), French and Spanish, and the pages' texts come
 * from it in the reader's language.
 */
class ConventionTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> TRANSLATIONS = List.of(Locale.FRENCH, SPANISH);

    private static final Map<Locale, Properties> BUNDLES = new LinkedHashMap<>();
    /** Message key → the CSV's English text, for every Part and article. */
    private static final Map<String, String> CSV_TEXTS = new LinkedHashMap<>();
    private static ConventionArticles articles;

    @BeforeAll
    static void readTheCsvAndTheBundles() throws IOException {
        // as the application configures it (spring.messages)
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("icrmw");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        articles = new ConventionArticles(messages);
        articles.parts().forEach((part, title) -> CSV_TEXTS.put("icrmw.part." + part, title));
        articles.all().forEach(a -> CSV_TEXTS.put("icrmw.article." + a.article(), a.topic()));
        BUNDLES.put(Locale.ENGLISH, load("icrmw.properties"));
        BUNDLES.put(Locale.FRENCH, load("icrmw_fr.properties"));
        BUNDLES.put(SPANISH, load("icrmw_es.properties"));
    }

    @Test
    void everyPartAndArticleOfTheCsvHasItsKeyInEveryLanguageAndNoOtherKey() {
        assertThat(CSV_TEXTS).hasSize(9 + 93);
        BUNDLES.forEach((locale, bundle) -> assertThat(bundle.stringPropertyNames()).as("keys in %s", locale)
                .containsExactlyInAnyOrderElementsOf(CSV_TEXTS.keySet()));
    }

    @Test
    void englishIsTheCsvsOwnText() {
        CSV_TEXTS.forEach((key, text) -> assertThat(BUNDLES.get(Locale.ENGLISH).getProperty(key)).as(key).isEqualTo(text));
    }

    @Test
    void frenchAndSpanishAreTranslatedWithTheTypographicApostropheAndNoBraces() {
        for (Locale locale : TRANSLATIONS) {
            CSV_TEXTS.forEach((key, english) -> assertThat(BUNDLES.get(locale).getProperty(key))
                    .as("%s in %s", key, locale).isNotBlank().isNotEqualTo(english).doesNotContain("'", "{", "}"));
        }
    }

    @Test
    void thePagesTextsComeInTheReadersLanguage() {
        ConventionArticle article12 = articles.all().get(11);

        assertThat(articles.in(Locale.FRENCH).partTitle("III"))
                .isEqualTo("Droits de l’homme de tous les travailleurs migrants et des membres de leur famille");
        assertThat(articles.in(SPANISH).partTitle("III"))
                .isEqualTo("Derechos humanos de todos los trabajadores migratorios y de sus familiares");
        assertThat(articles.in(Locale.FRENCH).topic(article12)).isEqualTo("Liberté de pensée, de conscience et de religion");
        assertThat(articles.in(Locale.ENGLISH).topic(article12)).isEqualTo("Freedom of thought, conscience and religion");
        assertThat(articles.english().partTitle("III")).isEqualTo("Human rights of all migrant workers and members of their families");
    }

    @Test
    void aMissingKeyFallsBackToTheCsvsEnglish() throws IOException {
        ConventionArticles withoutBundle = new ConventionArticles(new StaticMessageSource());

        assertThat(withoutBundle.in(Locale.FRENCH).partTitle("I")).isEqualTo("Scope and definitions");
        assertThat(withoutBundle.in(Locale.FRENCH).topic(withoutBundle.all().get(8))).isEqualTo("Right to life");
    }

    private static Properties load(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
