package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.advisorydesk.dashboard.AlertRule.Comparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The alerts' page and mails read whole in English, French and Spanish. */
class AlertTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"alerts_fr.properties", "alerts_es.properties"})
    void frenchAndSpanishHaveExactlyTheEnglishKeys(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).isEqualTo(load("alerts.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"alerts.properties", "alerts_fr.properties", "alerts_es.properties"})
    void everyMetricAndComparisonHasItsName(String bundle) throws IOException {
        Properties texts = load(bundle);
        for (AlertMetric metric : AlertMetric.values()) {
            assertThat(texts.getProperty("alerts.metric." + metric)).as(bundle + " " + metric).isNotBlank();
        }
        for (Comparison comparison : Comparison.values()) {
            assertThat(texts.getProperty("alerts.comparison." + comparison)).as(bundle + " " + comparison).isNotBlank();
        }
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).doesNotContain("'"));
    }

    private static Properties load(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = AlertTextsTest.class.getResourceAsStream("/" + bundle)) {
            assertThat(in).as(bundle).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
