package org.advisorydesk.web;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.task.TaskInbox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page a focal point, an officer, a manager and a coordinator reach by following links (from three
 * requests: one at work, one waiting for the government's answer, one whose report was released), read in
 * English, French and Spanish: a French or Spanish page shows no text of the English page (what a reader
 * sees, and the titles, labels and placeholders a screen reader says) beyond what people typed, names,
 * codes and numbers, and the few words spelt alike in both languages; no page shows a raw code such as
 * {@code ILO_C143} or {@code LEGISLATIVE_REVIEW}; French pages put a non-breaking space before a colon,
 * semicolon, question or exclamation mark.
 */
@DeskTest
class PageLanguagesTest {

    /** Pages read per user: enough for every kind of page the links lead to (one of each shape). */
    private static final int PAGES_PER_USER = 60;
    private static final Pattern SKIPPED_LINKS = Pattern.compile(
            "logout|/documents/|\\.csv|\\.pdf|lang=|/camunda|swagger|api-docs|engine-rest|^#|^mailto:|^https?:");
    /** Words spelt the same in English and French or Spanish, and names of no language. */
    private static final Map<String, Set<String>> ALIKE = Map.of(
            "fr", Set.of("Documents", "Document", "Description", "Instrument", "Instruments", "Date", "Article", "Signature",
                    "Ratification", "Notification", "Contact", "Assistance", "Menu", "Total", "Actions", "Observations",
                    "Version", "Type", "Page", "Conventions", "Convention", "Normal", "Region", "Europe", "Message",
                    "Format", "Source", "Parties", "Commentaire", "Orientation", "Formation", "Compatible", "Initiales",
                    "Question", "Questions", "Transmission", "Distribution", "Action", "Options", "Minute", "question",
                    "version {n}"),
            "es", Set.of("Total", "Normal", "Error", "General", "Plan", "Local", "Global", "Final", "Asia", "Compatible", "no"));
    /** The reader's own texts and names: English in every language. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "[^\\p{L}]*|.*@.*|[\\p{Lu}\\d_\\-–·/ ,.:()]+|[a-z]+\\.[a-z0-9.]+|(English|Français|Español)|.*\\bUTC\\b.*|TA-\\d{4}-\\d+.*");
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z0-9_]{2,}\\b");
    /** The English abbreviations of agencies that French and Spanish abbreviate otherwise (OIT, OIM, HCDH, ACNUDH). */
    private static final Pattern ENGLISH_AGENCY = Pattern.compile("\\b(ILO|IOM|OHCHR)\\b");
    /** Double punctuation after a word or an ordinary space, or opening a text (after an element's word). */
    private static final Pattern FRENCH_BARE_PUNCTUATION = Pattern.compile(
            "[^\\s\\u00A0\\u202F/:\\d]([:;?!])(?=\\s|$)|[ ]([:;?!])(?=\\s|$)|^[:;?!]");

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;
    @Autowired TaskInbox inbox;
    @Autowired JdbcClient jdbc;

    private AssistanceRequest request;
    /** A request waiting for the government's answer to the coordinators' question. */
    private AssistanceRequest questioned;
    /** A legislative review whose report the managers released to the government. */
    private AssistanceRequest delivered;
    /** What people typed and the names of people and States, as stored. */
    private final Set<String> typed = new HashSet<>();

    private void aRequestAtWork() {
        request = scenario.submit(aRequest().instruments("ICRMW", "ILO_C143")
                .assistanceTypes("LEGISLATIVE_REVIEW", "CAPACITY_BUILDING").with("title", "Migration law review " + System.nanoTime()));
        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        inbox.comment(RequestScenario.OHCHR, scenario.task(RequestScenario.OHCHR, request, "prepare-gap-analysis",
                AssistanceType.LEGISLATIVE_REVIEW).id(), "Please share the 2019 decree", false);
        questioned = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("DATA_AND_RESEARCH")
                .with("title", "Labour migration data " + System.nanoTime()));
        scenario.complete(RequestScenario.COORDINATOR, questioned, "screen-request", Map.of(
                "screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", "Which ministry leads the survey?"));
        AssistanceType review = AssistanceType.LEGISLATIVE_REVIEW;
        delivered = scenario.submit(aRequest().with("title", "Review delivered " + System.nanoTime()));
        scenario.screenAsComplete(delivered);
        scenario.confirmRouting(delivered);
        scenario.complete(RequestScenario.OHCHR, delivered, "prepare-gap-analysis", review, Map.of("gapAnalysisSummary", "Done"));
        scenario.complete(RequestScenario.ILO, delivered, "add-findings", review, Map.of("contributionSummary", "Done"));
        scenario.complete(RequestScenario.IOM, delivered, "add-findings", review, Map.of("contributionSummary", "Done"));
        scenario.complete(RequestScenario.OHCHR, delivered, "consolidate-review", review, Map.of("reviewReport", "Two gaps found"));
        scenario.complete(RequestScenario.MANAGER, delivered, "approve-deliverable", review, Map.of("approvalDecision", "APPROVE"));
    }

    @Test
    void frenchAndSpanishPagesShowNoEnglishTextRawCodeOrBarePunctuation() {
        aRequestAtWork();
        collectTyped();
        Map<String, List<String>> found = new LinkedHashMap<>();
        int pages = 0;
        Map<String, CurrentUser> users = Map.of("gov.paraguay", RequestScenario.PARAGUAY, "ohchr.officer", RequestScenario.OHCHR,
                "manager", RequestScenario.MANAGER, "coordinator", RequestScenario.COORDINATOR);
        for (String user : List.of("gov.paraguay", "ohchr.officer", "manager", "coordinator")) {
            pages += crawl(user, firstPages(users.get(user)), found);
        }
        assertThat(pages).as("pages read").isGreaterThan(40);
        assertThat(found).as("texts left in English, raw codes or French punctuation, by page").isEmpty();
    }

    /** The pages of the two requests and of every task on them the user may open, read whatever their shape. */
    private List<String> firstPages(CurrentUser user) {
        List<String> pages = new ArrayList<>();
        for (AssistanceRequest r : List.of(request, questioned, delivered)) {
            if (user.groups().stream().anyMatch(g -> g.startsWith("gov-"))) {
                pages.add("/portal/requests/" + r.reference());
                pages.add("/portal/requests/" + r.reference() + "/record");
            } else {
                pages.add("/work/requests/" + r.reference());
                inbox.openTasks(user, r.reference()).forEach(t -> pages.add("/work/tasks/" + t.id()));
            }
        }
        pages.add("/");
        return pages;
    }

    private int crawl(String user, List<String> firstPages, Map<String, List<String>> found) {
        PageSession session = PageSession.signedIn(port, user);
        Deque<String> queue = new ArrayDeque<>(firstPages);
        Set<String> shapes = new HashSet<>();
        int read = 0;
        while (!queue.isEmpty() && read < PAGES_PER_USER) {
            String path = queue.poll();
            if (!shapes.add(shape(path)) && !firstPages.contains(path)) {
                continue;
            }
            Document english = page(session, path, "en");
            if (english == null) {
                continue;
            }
            read++;
            english.select("a[href]").forEach(a -> {
                String href = a.attr("href").split("#")[0];
                if (href.startsWith("/") && !SKIPPED_LINKS.matcher(href).find() && !shapes.contains(shape(href))) {
                    queue.add(href);
                }
            });
            Set<String> englishTexts = texts(english);
            for (String language : List.of("fr", "es")) {
                Document translated = page(session, path, language);
                if (translated == null) {
                    continue;
                }
                List<String> wrong = new ArrayList<>();
                for (String text : texts(translated)) {
                    if (englishTexts.contains(text) && !isData(text)
                            && !ALIKE.get(language).contains(text.replaceAll("\\d+", "{n}"))) {
                        wrong.add("English: «" + text + "»");
                    }
                    if (ENGLISH_AGENCY.matcher(text).find() && !isTyped(text)) {
                        wrong.add("agency: «" + text + "»");
                    }
                    if (RAW_CODE.matcher(text).find() && !isData(text)) {
                        wrong.add("code: «" + text + "»");
                    }
                    if (language.equals("fr") && FRENCH_BARE_PUNCTUATION.matcher(text).find() && !isData(text)) {
                        wrong.add("punctuation: «" + text + "»");
                    }
                }
                if (!wrong.isEmpty()) {
                    found.computeIfAbsent(user + " " + language + " " + path, k -> new ArrayList<>()).addAll(new TreeSet<>(wrong));
                }
            }
            page(session, path, "en");
        }
        System.out.printf("PageLanguagesTest: %s read %d pages in three languages: %s%n", user, read, shapes);
        return read;
    }

    private Document page(PageSession session, String path, String language) {
        var response = session.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
        if (response.statusCode() != 200 || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            return null;
        }
        return Jsoup.parse(response.body());
    }

    /** What a reader sees or hears: text nodes, and the titles, labels, placeholders and alternatives of elements. */
    private static Set<String> texts(Document page) {
        Set<String> texts = new LinkedHashSet<>();
        page.select("script, style, template, noscript").remove();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode text && !text.getWholeText().isBlank()) {
                    // the whole text: jsoup's text() makes a non-breaking space an ordinary one
                    texts.add(text.getWholeText().replaceAll("[ \\t\\r\\n]+", " ").strip());
                } else if (node instanceof Element element) {
                    for (String attribute : List.of("title", "aria-label", "placeholder", "alt")) {
                        if (!element.attr(attribute).isBlank()) {
                            texts.add(element.attr(attribute).strip());
                        }
                    }
                    if (element.is("input[type=submit], input[type=button]") && !element.val().isBlank()) {
                        texts.add(element.val().strip());
                    }
                }
            }
        }, page);
        return texts;
    }

    /** People's texts, names, references, addresses, codes and figures: the same in every language. */
    private boolean isData(String text) {
        return NOT_WORDS.matcher(text).matches() || isTyped(text);
    }

    /** What people typed, and the names of people and States. */
    private boolean isTyped(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return typed.stream().anyMatch(t -> lower.equals(t) || (t.length() >= 8 && lower.contains(t))
                || (lower.length() >= 8 && t.contains(lower)));
    }

    private void collectTyped() {
        for (String sql : List.of("SELECT title FROM assistance_request", "SELECT description FROM assistance_request",
                "SELECT payload FROM case_entry", "SELECT name FROM request_document",
                "SELECT FIRST_ || ' ' || LAST_ FROM ACT_ID_USER", "SELECT ID_ FROM ACT_ID_USER")) {
            jdbc.sql(sql).query(String.class).list().stream().filter(t -> t != null && !t.isBlank())
                    .forEach(t -> addTyped(t));
        }
        for (String iso3 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"))) {
                typed.add(StateNames.name(iso3, language).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** A stored text, and each string value of a record entry's JSON (what was typed into a form). */
    private void addTyped(String text) {
        if (!text.startsWith("{")) {
            typed.add(text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " "));
            return;
        }
        try {
            addValues(JSON.readTree(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A record entry's payload is not JSON: " + text, e);
        }
    }

    /** The texts of a JSON tree; codes (OHCHR, LEGISLATIVE_REVIEW) are no one's typing and stay out. */
    private void addValues(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isTextual()) {
            String value = node.asText().strip();
            if (value.length() >= 3 && !value.matches("[A-Z0-9_.\\-]+")) {
                typed.add(value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            }
        }
        node.forEach(this::addValues);
    }

    /** One page of each kind: identifiers and numbers left out, and the query's names without values. */
    private static String shape(String path) {
        String shape = path.replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27,}", "/{id}").replaceAll("TA-\\d{4}-\\d+", "{ref}")
                .replaceAll("/[A-Z]{3}(?=/|$|\\?)", "/{state}").replaceAll("\\d+", "{n}");
        int query = shape.indexOf('?');
        if (query < 0) {
            return shape;
        }
        Set<String> names = new TreeSet<>();
        for (String pair : shape.substring(query + 1).split("&")) {
            names.add(pair.split("=")[0] + (pair.startsWith("view=") ? pair : ""));
        }
        return shape.substring(0, query) + "?" + names;
    }
}
