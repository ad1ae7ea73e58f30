package org.advisorydesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notification reads whole in English, French and Spanish. */
class NotificationTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"mail.properties", "mail_fr.properties", "mail_es.properties"})
    void everyKindHasASubjectAndABodyInEachLanguage(String bundle) throws IOException {
        Properties texts = load(bundle);

        for (NotificationKind kind : NotificationKind.values()) {
            if (!kind.writtenFromMailBundles()) {
                continue; // its sender writes its text from its own bundles
            }
            assertThat(texts.getProperty(kind.subjectKey())).as(bundle + " " + kind.subjectKey()).isNotBlank();
            assertThat(texts.getProperty(kind.bodyKey())).as(bundle + " " + kind.bodyKey()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail_fr.properties", "mail_es.properties"})
    void frenchAndSpanishHaveExactlyTheEnglishKeys(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).isEqualTo(load("mail.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail.properties", "mail_fr.properties", "mail_es.properties"})
    void everyTextFormatsWithoutLeftOverPlaceholdersOrQuotes(String bundle) throws IOException {
        Properties texts = load(bundle);
        Object[] arguments = {"TA-2026-00042", "Prepare deliverable", "2026-03-05 14:30 UTC", "A detail"};

        for (String key : texts.stringPropertyNames()) {
            String text = new MessageFormat(texts.getProperty(key), Locale.ROOT).format(arguments);
            assertThat(text).as(bundle + " " + key).doesNotContain("{").doesNotContain("''");
            if (key.endsWith(".subject") || key.equals("mail.footer")) {
                assertThat(text).as(bundle + " " + key).contains("TA-2026-00042");
            }
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = NotificationTextsTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
