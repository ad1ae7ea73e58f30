package org.advisorydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The rules' problems (English, as the API gives them) as the pages show them, in each language. */
class ProblemTextsTest {

    private final ProblemTexts texts = new ProblemTexts(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|is required|This field is required.",
            "fr|is required|Ce champ est obligatoire.",
            "fr|must be at most 4000 characters|Utilisez au plus 4000 caractères.",
            "es|must be an e-mail address|Introduzca una dirección de correo electrónico válida.",
            "fr|law.txt is empty|law.txt: Le fichier est vide.",
            "en|notes.exe must be a PDF, DOCX, ODT or plain text document|notes.exe: Only PDF, DOCX, ODT or plain text documents are accepted.",
            "fr|must be one of COMPLETE, NEEDS_CLARIFICATION|Choisissez l’une des options proposées.",
            "fr|must be your own State, PRY|Seul votre propre État (PRY) peut être choisi.",
            "en|is something new|This value is something new."
    })
    void problemIsSaidInTheReadersLanguage(String language, String problem, String shown) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(language));

        assertThat(texts.describe(problem)).isEqualTo(shown);
    }
}
