package org.advisorydesk.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.advisorydesk.request.Instrument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The register's texts (treaty*.properties) are complete in French and Spanish, as in English. */
class TreatyTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyEnglishTextHasItsTranslationAndNoMore(String language) throws IOException {
        Properties english = bundle("treaty.properties");
        Properties translated = bundle("treaty_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(translated.values()).allSatisfy(text -> assertThat((String) text).isNotBlank()
                .as("a straight apostrophe starts a quotation in a message with arguments").doesNotContain("'"));
        for (Instrument i : Instrument.values()) {
            assertThat(translated).containsKey("treaty.short." + i.name());
        }
        for (TreatyStatus s : TreatyStatus.values()) {
            if (s.isParty()) {
                assertThat(translated).containsKey("treaty.consent." + s.name());
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
