package org.advisorydesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundle {@code bpmn} against the processes of {@code bpmn/}: every named process, element and
 * sequence flow has its key in English (the BPMN's own name), French and Spanish, and no key outlives
 * its element; a user task reads as its name in the task lists ({@code work.task.<id>}).
 */
class BpmnTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> TRANSLATIONS = List.of(Locale.FRENCH, SPANISH);
    /** Names that are rightly the same word in English and in a translation. */
    private static final Map<Locale, Set<String>> SAME_AS_ENGLISH = Map.of(Locale.FRENCH, Set.of("question"), SPANISH, Set.of("no"));

    /** Message key → the BPMN's own name, for every process of bpmn/. */
    private static final Map<String, String> BPMN_NAMES = new TreeMap<>();
    /** Message key of a user task's name → its id. */
    private static final Map<String, String> USER_TASKS = new TreeMap<>();
    private static final Map<Locale, Properties> BUNDLES = new LinkedHashMap<>();
    private static final Map<Locale, Properties> MESSAGES = new LinkedHashMap<>();

    @BeforeAll
    static void readTheProcessesAndTheBundles() throws IOException {
        try (var files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    put(process.getId(), process.getId(), process.getName());
                    collectNames(process.getId(), process.getFlowElements());
                }
            }
        }
        assertThat(BPMN_NAMES).isNotEmpty();
        BUNDLES.put(Locale.ENGLISH, bundle("bpmn.properties"));
        BUNDLES.put(Locale.FRENCH, bundle("bpmn_fr.properties"));
        BUNDLES.put(SPANISH, bundle("bpmn_es.properties"));
        MESSAGES.put(Locale.ENGLISH, bundle("messages.properties"));
        MESSAGES.put(Locale.FRENCH, bundle("messages_fr.properties"));
        MESSAGES.put(SPANISH, bundle("messages_es.properties"));
    }

    @Test
    void everyNamedElementAndFlowHasItsKeyInEveryLanguage() {
        BUNDLES.forEach((locale, bundle) -> assertThat(BPMN_NAMES.keySet())
                .filteredOn(key -> bundle.getProperty(key, "").isBlank()).as("keys missing in %s", locale).isEmpty());
    }

    @Test
    void noLanguageHasKeysOfElementsNoProcessHas() {
        BUNDLES.forEach((locale, bundle) -> assertThat(bundle.stringPropertyNames())
                .filteredOn(key -> !BPMN_NAMES.containsKey(key)).as("keys of no element in %s", locale).isEmpty());
    }

    @Test
    void englishIsTheBpmnName() {
        BPMN_NAMES.forEach((key, name) -> assertThat(BUNDLES.get(Locale.ENGLISH).getProperty(key)).as(key).isEqualTo(name));
    }

    @Test
    void frenchAndSpanishAreTranslated() {
        for (Locale locale : TRANSLATIONS) {
            BPMN_NAMES.forEach((key, english) -> {
                if (!SAME_AS_ENGLISH.get(locale).contains(english)) {
                    assertThat(BUNDLES.get(locale).getProperty(key)).as("%s in %s", key, locale).isNotEqualTo(english);
                }
            });
        }
    }

    @Test
    void aUserTaskReadsAsInTheTaskListsInEveryLanguage() {
        assertThat(USER_TASKS).isNotEmpty();
        BUNDLES.forEach((locale, bundle) -> USER_TASKS.forEach((key, taskId) ->
                assertThat(bundle.getProperty(key)).as("%s in %s", key, locale)
                        .isEqualTo(MESSAGES.get(locale).getProperty("work.task." + taskId))));
    }

    @Test
    void frenchSetsItsHighPunctuationApartWithANonBreakingSpaceAndTheTypographicApostrophe() {
        Properties french = BUNDLES.get(Locale.FRENCH);
        for (String key : french.stringPropertyNames()) {
            assertThat(french.getProperty(key)).as(key).doesNotContainPattern("[^\u00a0][:;?!]").doesNotContain("'", "{", "}");
        }
        assertThat(french.getProperty("bpmn.treaty-monitoring.report-arrived")).isEqualTo("oui\u00a0: rapport suivant");
    }

    @Test
    void spanishOpensItsQuestionsAndTakesNoArguments() {
        Properties spanish = BUNDLES.get(SPANISH);
        for (String key : spanish.stringPropertyNames()) {
            String name = spanish.getProperty(key);
            assertThat(name).as(key).doesNotContain("'", "{", "}");
            if (name.endsWith("?")) {
                assertThat(name).as(key).startsWith("¿");
            }
        }
    }

    @Test
    void aDiagramTakesItsNamesFromTheBundleInTheReadersLanguage() {
        ProcessDiagram bpmn = ProcessDiagrams.read(Bpmn.readModelFromFile(Path.of("bpmn", "treaty-monitoring.bpmn").toFile()),
                "treaty-monitoring");

        ProcessDiagram french = ProcessDiagrams.inLanguage(bpmn, DiagramViewTest.messages(), Locale.FRENCH);
        ProcessDiagram spanish = ProcessDiagrams.inLanguage(bpmn, DiagramViewTest.messages(), SPANISH);

        assertThat(french.name()).isEqualTo("Suivi conventionnel");
        assertThat(french.shape("follow-up-overdue-report").orElseThrow().name()).isEqualTo("Relancer le rapport en retard");
        assertThat(french.shape("observations").orElseThrow().name()).as("an event subprocess").isEqualTo("Observations finales");
        assertThat(edgeName(french, "report-arrived")).isEqualTo("oui\u00a0: rapport suivant");
        assertThat(spanish.shape("report-due").orElseThrow().name()).isEqualTo("Vencimiento del informe");
        assertThat(edgeName(spanish, "support-not-needed")).isEqualTo("no es necesario");
        assertThat(french.shape("report-check").orElseThrow().name()).as("an unnamed gateway").isEmpty();
        assertThat(french.viewBox()).isEqualTo(bpmn.viewBox());
        assertThat(bpmn.shape("follow-up-overdue-report").orElseThrow().name()).as("the diagram read stays as the BPMN names it")
                .isEqualTo("Follow up overdue report");
    }

    @Test
    void anElementWithoutAKeyKeepsItsBpmnName() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage(ProcessDiagrams.nameKey("treaty-monitoring", "report-due"), Locale.FRENCH, "Échéance du rapport");
        ProcessDiagram bpmn = ProcessDiagrams.read(Bpmn.readModelFromFile(Path.of("bpmn", "treaty-monitoring.bpmn").toFile()),
                "treaty-monitoring");

        ProcessDiagram french = ProcessDiagrams.inLanguage(bpmn, messages, Locale.FRENCH);

        assertThat(french.shape("report-due").orElseThrow().name()).isEqualTo("Échéance du rapport");
        assertThat(french.shape("schedule-report").orElseThrow().name()).isEqualTo("Schedule next report");
        assertThat(edgeName(french, "report-missing")).isEqualTo("no");
    }

    private static String edgeName(ProcessDiagram diagram, String flowId) {
        return diagram.edges().stream().filter(e -> e.id().equals(flowId)).findFirst().orElseThrow().name();
    }

    private static void collectNames(String processKey, Collection<FlowElement> elements) {
        for (FlowElement element : elements) {
            if (element.getName() != null && !element.getName().isBlank()) {
                put(processKey, element.getId(), element.getName());
                if (element instanceof UserTask) {
                    USER_TASKS.put(ProcessDiagrams.nameKey(processKey, element.getId()), element.getId());
                }
            }
            if (element instanceof SubProcess subProcess) {
                collectNames(processKey, subProcess.getFlowElements());
            }
        }
    }

    private static void put(String processKey, String elementId, String name) {
        String key = ProcessDiagrams.nameKey(processKey, elementId);
        assertThat(BPMN_NAMES.put(key, name.strip())).as("two elements with the key %s", key).isNull();
    }

    static Properties bundle(String name) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
