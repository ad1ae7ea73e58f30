package org.advisorydesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The bundle {@code forms} against the Camunda Forms of {@code forms/}: every field label, option label and
 * text component has its key in English (the form's own text), French and Spanish, and the pages show them.
 */
class FormTextsTest {

    /** French puts a non-breaking space before a colon, semicolon, question or exclamation mark. */
    private static final String NB = "\u00A0";

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> TRANSLATIONS = List.of(Locale.FRENCH, SPANISH);
    /** Texts that are rightly the same in English, French and Spanish. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("UNESCO");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Message key → the form's own text, for every form. */
    private static final Map<String, String> FORM_TEXTS = new TreeMap<>();
    private static final Map<Locale, Properties> BUNDLES = new LinkedHashMap<>();
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    @BeforeAll
    static void readTheFormsAndTheBundles() throws IOException {
        Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form");
        assertThat(forms).isNotEmpty();
        for (Resource form : forms) {
            try (InputStream in = form.getInputStream()) {
                JsonNode definition = MAPPER.readTree(in);
                collectTexts(definition.path("id").asText(), definition);
            }
        }
        BUNDLES.put(Locale.ENGLISH, bundle("forms.properties"));
        BUNDLES.put(Locale.FRENCH, bundle("forms_fr.properties"));
        BUNDLES.put(SPANISH, bundle("forms_es.properties"));
        // as the application configures it (spring.messages)
        MESSAGES.setBasename("forms");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void everyFieldOptionAndTextOfEveryFormHasItsKeyInEveryLanguage() {
        BUNDLES.forEach((locale, bundle) -> assertThat(FORM_TEXTS.keySet())
                .filteredOn(key -> !bundle.containsKey(key)).as("keys missing in %s", locale).isEmpty());
    }

    @Test
    void noLanguageHasKeysOfTextsNoFormHas() {
        BUNDLES.forEach((locale, bundle) -> assertThat(bundle.stringPropertyNames())
                .filteredOn(key -> !FORM_TEXTS.containsKey(key)).as("keys of no form in %s", locale).isEmpty());
    }

    @Test
    void englishIsTheFormsOwnText() {
        FORM_TEXTS.forEach((key, text) ->
                assertThat(BUNDLES.get(Locale.ENGLISH).getProperty(key)).as(key).isEqualTo(text));
    }

    @Test
    void frenchAndSpanishAreTranslated() {
        for (Locale locale : TRANSLATIONS) {
            FORM_TEXTS.forEach((key, english) -> {
                if (!SAME_IN_EVERY_LANGUAGE.contains(english)) {
                    assertThat(BUNDLES.get(locale).getProperty(key)).as("%s in %s", key, locale).isNotEqualTo(english);
                }
            });
        }
    }

    @Test
    void frenchAndSpanishUseTheTypographicApostropheAndTakeNoArguments() {
        // a straight apostrophe would need doubling as soon as a text took an argument; ’ never does
        for (Locale locale : TRANSLATIONS) {
            FORM_TEXTS.keySet().forEach(key -> assertThat(BUNDLES.get(locale).getProperty(key))
                    .as("%s in %s", key, locale).doesNotContain("'", "{", "}"));
        }
    }

    @Test
    void theMessageSourceGivesEveryTextAsWritten() {
        BUNDLES.forEach((locale, bundle) -> FORM_TEXTS.keySet().forEach(key ->
                assertThat(MESSAGES.getMessage(key, null, locale)).as("%s in %s", key, locale)
                        .isEqualTo(bundle.getProperty(key))));
    }

    @Test
    void aFormRendersInFrenchWithItsTextsLabelsOptionsAndConditionHint() {
        RenderedForm form = new FormDefinitions(MAPPER, MESSAGES).render("screen-request", "t", null, null,
                Locale.FRENCH);

        assertThat(item(form, null).text()).containsExactly("## Examen préalable de la demande",
                "La demande est-elle complète et relève-t-elle du champ de la campagne" + NB + "?");
        assertThat(item(form, "screeningOutcome").label()).isEqualTo("Conclusion");
        assertThat(item(form, "screeningOutcome").options()).extracting(RenderedForm.Option::label)
                .contains("Hors du champ" + NB + ": clôturer la demande");
        assertThat(item(form, "screeningNote").shownWhen())
                .isEqualTo(new RenderedForm.ShownWhen("screeningOutcome", "OUT_OF_SCOPE", "Conclusion",
                        "Hors du champ" + NB + ": clôturer la demande"));
    }

    @Test
    void aFormWithoutKeysRendersItsOwnTexts() {
        RenderedForm form = new FormDefinitions(MAPPER, new StaticMessageSource()).render("screen-request", "t",
                null, null, Locale.FRENCH);

        assertThat(item(form, null).text()).first().isEqualTo("## Screen request");
        assertThat(item(form, "screeningNote").label()).isEqualTo("Reason (the government sees it)");
        assertThat(item(form, "screeningNote").shownWhen()).isEqualTo(new RenderedForm.ShownWhen(
                "screeningOutcome", "OUT_OF_SCOPE", "Outcome", "Out of scope: close the request"));
    }

    private static void collectTexts(String formId, JsonNode node) {
        for (JsonNode c : node.path("components")) {
            String key = c.path("key").asText(null);
            if ("text".equals(c.path("type").asText())) {
                put(FormTexts.textKey(formId, c.path("id").asText()), c.path("text").asText());
            } else if (key != null) {
                put(FormTexts.labelKey(formId, key), c.path("label").asText(key));
                c.path("values").forEach(v -> put(FormTexts.optionKey(formId, key, v.path("value").asText()),
                        v.path("label").asText()));
            }
            collectTexts(formId, c);
        }
    }

    private static void put(String key, String text) {
        assertThat(FORM_TEXTS.put(key, text)).as("two texts with the key %s", key).isNull();
    }

    /** The form's first item with that key (null: its first text component). */
    private static RenderedForm.Item item(RenderedForm form, String key) {
        return form.items().stream().filter(i -> key == null ? "text".equals(i.type()) : key.equals(i.key()))
                .findFirst().orElseThrow();
    }

    private static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
