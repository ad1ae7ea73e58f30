package org.advisorydesk.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.Audience;
import org.advisorydesk.record.Audiences;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.web.Terms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Entries of a case's record as pages show them, in English, French and Spanish: what the desk says
 * comes from the bundles (messages, forms), what people typed stays as they typed it.
 */
class RecordTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final String STATUS = "portal.status.";
    /** French puts a non-breaking space before a colon or semicolon and inside guillemets. */
    private static final String NB = "\u00A0";
    /** Typed with an apostrophe and braces, which a message format would eat. */
    private static final String TYPED = "Which draft? Bill 12/2026 isn't {0} the law's 'final' text";

    private final RecordTexts texts = new RecordTexts(applicationMessages(), new Terms(applicationMessages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void statusChangeIsTheStatusAsTheGovernmentReadsIt() {
        CaseEntry entry = entry("gov.paraguay", ActorSide.government("PRY"), EntryKind.STATUS_CHANGED,
                Map.of("from", "SUBMITTED", "to", "IN_SCREENING"));

        assertThat(in(Locale.ENGLISH, texts -> texts.describe(entry, STATUS))).isEqualTo("In screening");
        assertThat(in(Locale.FRENCH, texts -> texts.describe(entry, STATUS))).isEqualTo("En cours d’examen préalable");
        assertThat(in(SPANISH, texts -> texts.describe(entry, STATUS))).isEqualTo("En examen preliminar");
        assertThat(inEveryLanguage(texts -> texts.kind(entry))).containsExactly("Status", "Statut", "Situación");
        assertThat(inEveryLanguage(texts -> texts.by(entry))).containsOnly("gov.paraguay");
    }

    @Test
    void stepShowsTheTaskTheFieldLabelsAndTheOptionsInTheReadersLanguageAndTheTypedQuestionAsTyped() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("screeningOutcome", "NEEDS_CLARIFICATION");
        values.put("clarificationQuestion", TYPED);
        CaseEntry entry = entry("coordinator", ActorSide.ofGroups(List.of("coordinators")), EntryKind.STEP_COMPLETED,
                Map.of("taskKey", "screen-request", "taskName", "Screen request", "formId", "screen-request",
                        "values", values));

        assertThat(in(Locale.ENGLISH, texts -> texts.describe(entry, STATUS))).isEqualTo("Screen request — "
                + "Outcome: Needs clarification: ask the government; Question for the government: " + TYPED);
        assertThat(in(Locale.FRENCH, texts -> texts.describe(entry, STATUS))).isEqualTo(
                "Examiner la recevabilité de la demande — Conclusion" + NB + ": Précisions nécessaires" + NB + ": interroger le "
                        + "gouvernement" + NB + "; Question pour le gouvernement" + NB + ": " + TYPED);
        assertThat(in(SPANISH, texts -> texts.describe(entry, STATUS))).isEqualTo("Examinar la solicitud — "
                + "Conclusión: Requiere aclaraciones: preguntar al gobierno; Pregunta para el gobierno: " + TYPED);
        assertThat(inEveryLanguage(texts -> texts.kind(entry)))
                .containsExactly("Step completed", "Étape terminée", "Paso completado");
        // staff read who did it; a government reads the side only
        assertThat(inEveryLanguage(texts -> texts.by(entry))).containsOnly("coordinator");
        assertThat(inEveryLanguage(texts -> texts.by(entry.forGovernment())))
                .containsExactly("Coordinators", "Coordination", "Coordinación");
    }

    @Test
    void routingNamesTheAssistanceTypeInTheReadersLanguageWithItsLeadAndContributors() {
        CaseEntry entry = entry(null, ActorSide.SYSTEM, EntryKind.ROUTING_DECIDED, Map.of("routing", List.of(
                Map.of("assistanceType", "LEGISLATIVE_REVIEW", "lead", "OHCHR", "contributors", List.of("ILO", "IOM")),
                Map.of("assistanceType", "CAPACITY_BUILDING", "lead", "UNESCO", "contributors", List.of()))));

        assertThat(in(Locale.ENGLISH, texts -> texts.describe(entry, STATUS)))
                .startsWith("Legislative review (gap analysis): OHCHR leads, with ILO, IOM; ")
                .endsWith(": UNESCO leads");
        assertThat(in(Locale.FRENCH, texts -> texts.describe(entry, STATUS)))
                .startsWith("Examen de la législation (analyse des écarts)" + NB + ": HCDH chef de file, avec OIT, OIM" + NB + "; ")
                .endsWith(NB + ": UNESCO chef de file");
        assertThat(in(SPANISH, texts -> texts.describe(entry, STATUS)))
                .startsWith("Examen legislativo (análisis de brechas): dirige ACNUDH, con OIT, OIM; ")
                .endsWith(": dirige UNESCO");
        assertThat(inEveryLanguage(texts -> texts.kind(entry))).containsExactly("Agencies", "Agences", "Agencias");
        assertThat(inEveryLanguage(texts -> texts.by(entry))).containsExactly("the desk", "le bureau", "la oficina");
    }

    @Test
    void documentIsItsNameAsUploadedWithItsVersionAndItsKindInTheReadersLanguage() {
        CaseEntry entry = entry("gov.paraguay", ActorSide.government("PRY"), EntryKind.DOCUMENT_ADDED,
                Map.of("documentId", 7, "name", "Ley 978/96 {texto} d'origen.pdf", "version", 2,
                        "documentKind", "EXISTING_LAW"));

        assertThat(inEveryLanguage(texts -> texts.describe(entry, STATUS))).containsExactly(
                "Ley 978/96 {texto} d'origen.pdf v2 (Existing law)",
                "Ley 978/96 {texto} d'origen.pdf v2 (Législation en vigueur)",
                "Ley 978/96 {texto} d'origen.pdf v2 (Legislación vigente)");
        assertThat(inEveryLanguage(texts -> texts.kind(entry))).containsExactly("Document", "Document", "Documento");
    }

    @Test
    void notificationIsTheNoticeInTheReadersLanguageWithTheNumberOfRecipients() {
        CaseEntry entry = entry(null, ActorSide.SYSTEM, EntryKind.NOTIFICATION_SENT,
                Map.of("notice", "OVERDUE", "recipients", 3));

        assertThat(inEveryLanguage(texts -> texts.describe(entry, STATUS))).containsExactly(
                "Overdue work reported to the managers: e-mail to 3 recipient(s)",
                "Retard signalé aux responsables" + NB + ": courriel à 3 destinataire(s)",
                "Retraso comunicado a los responsables: correo a 3 destinatario(s)");
        assertThat(inEveryLanguage(texts -> texts.kind(entry)))
                .containsExactly("Notification", "Notification", "Notificación");
        assertThat(inEveryLanguage(texts -> texts.by(entry))).containsExactly("the desk", "le bureau", "la oficina");
    }

    @Test
    void commentOnATaskNamesTheTaskInTheReadersLanguageAndKeepsTheTextAsTyped() {
        CaseEntry onTask = entry("ohchr.officer", ActorSide.ofGroups(List.of("ohchr")), EntryKind.COMMENT,
                Map.of("text", TYPED, "taskKey", "prepare-gap-analysis", "taskName", "Prepare gap analysis"));
        CaseEntry onRequest = entry("gov.paraguay", ActorSide.government("PRY"), EntryKind.COMMENT,
                Map.of("text", TYPED));

        assertThat(inEveryLanguage(texts -> texts.describe(onTask, STATUS))).containsExactly(
                "On “Prepare gap analysis”: " + TYPED,
                "Sur «" + NB + "Préparer l’analyse des écarts" + NB + "»" + NB + ": " + TYPED,
                "Sobre «Preparar el análisis de brechas»: " + TYPED);
        assertThat(inEveryLanguage(texts -> texts.describe(onRequest, STATUS))).containsOnly(TYPED);
        assertThat(inEveryLanguage(texts -> texts.kind(onTask))).containsExactly("Comment", "Commentaire", "Comentario");
        assertThat(inEveryLanguage(texts -> texts.by(onTask))).containsOnly("ohchr.officer");
        assertThat(inEveryLanguage(texts -> texts.by(onTask.forGovernment()))).containsExactly("OHCHR", "HCDH", "ACNUDH");
    }

    @Test
    void taskOfAnotherDeskKeepsTheNameItWasRecordedWith() {
        CaseEntry entry = entry("ohchr.officer", ActorSide.ofGroups(List.of("ohchr")), EntryKind.COMMENT,
                Map.of("text", "Seen", "taskKey", "not-a-task-of-the-desk", "taskName", "Tâche importée"));

        assertThat(inEveryLanguage(texts -> texts.describe(entry, STATUS))).containsExactly(
                "On “Tâche importée”: Seen", "Sur «" + NB + "Tâche importée" + NB + "»" + NB + ": Seen", "Sobre «Tâche importée»: Seen");
    }

    @Test
    void treatyActsOfAMonitoringCaseAreToldInTheReadersLanguageAndACorrectionsReasonAsTyped() {
        CaseEntry ratified = entry("coordinator", ActorSide.ofGroups(List.of("coordinators")), EntryKind.TREATY_ACTION,
                Map.of("instrument", "ICRMW", "action", "RATIFICATION", "date", "2008-09-23", "source", "page"));
        CaseEntry seeded = entry(null, ActorSide.SYSTEM, EntryKind.TREATY_ACTION,
                Map.of("instrument", "ICRMW", "action", "SIGNATURE", "source", "seed-2003"));
        CaseEntry corrected = entry("coordinator", ActorSide.ofGroups(List.of("coordinators")), EntryKind.DUE_DATE_CORRECTED,
                Map.of("instrument", "ILO_C143", "from", "2021-09-01", "to", "2024-09-01", "reason", TYPED));

        assertThat(inEveryLanguage(texts -> texts.describe(ratified, STATUS))).containsExactly(
                "Ratification of ICRMW on 2008-09-23", "Ratification de CIPDTM le 2008-09-23", "Ratificación de ICRMW el 2008-09-23");
        assertThat(in(Locale.FRENCH, texts -> texts.describe(seeded, STATUS))).isEqualTo("Signature de CIPDTM (date inconnue)");
        assertThat(in(Locale.ENGLISH, texts -> texts.describe(corrected, STATUS)))
                .isEqualTo("C143: next report due 2024-09-01 instead of 2021-09-01 (" + TYPED + ")");
        assertThat(inEveryLanguage(texts -> texts.kind(corrected)))
                .containsExactly("Due date corrected", "Date d’échéance corrigée", "Fecha corregida");
        assertThat(corrected.audience()).isEqualTo(Audience.STAFF);
        assertThat(ratified.audience()).isEqualTo(Audience.GOVERNMENT);
    }

    private static CaseEntry entry(String actor, ActorSide side, EntryKind kind, Map<String, Object> payload) {
        Audience audience = Audiences.of(kind, side, payload);
        return new CaseEntry(1, "TA-2026-00042", Instant.parse("2026-03-05T14:30:00Z"), actor, side, kind, audience,
                payload);
    }

    private String in(Locale locale, Function<RecordTexts, String> text) {
        LocaleContextHolder.setLocale(locale);
        try {
            return text.apply(texts);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** In English, French and Spanish, in that order. */
    private List<String> inEveryLanguage(Function<RecordTexts, String> text) {
        return List.of(in(Locale.ENGLISH, text), in(Locale.FRENCH, text), in(SPANISH, text));
    }

    /** As spring.messages configures the application's (application.yaml). */
    private static ResourceBundleMessageSource applicationMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "mail", "review", "forms", "icrmw", "treaty");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
