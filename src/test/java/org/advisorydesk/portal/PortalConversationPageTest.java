package org.advisorydesk.portal;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.advisorydesk.DeskTest;
import org.advisorydesk.PageSession;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The government's request page as a conversation, over HTTP as a browser without JavaScript reads it:
 * what happens next and who holds it, the exchange newest last, the confirmation after each action.
 */
@DeskTest
class PortalConversationPageTest {

    private static final Pattern MESSAGE = Pattern.compile("<li class=\"portal-message[^\"]*\" data-kind=\"([A-Z_]+)\">(.*?)</li>",
            Pattern.DOTALL);

    @LocalServerPort int port;
    @Autowired RequestScenario scenario;

    @Test
    void clarificationQuestionAndAnswerReadAsAConversationNewestLastAndTheNextStepFollowsWhoHoldsIt() {
        String question = "Which draft law do you mean, the 2024 one? " + UUID.randomUUID();
        String answer = "The 2024 draft on labour migration. " + UUID.randomUUID();
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.complete(RequestScenario.COORDINATOR, request, "screen-request",
                Map.of("screeningOutcome", "NEEDS_CLARIFICATION", "clarificationQuestion", question));
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        String asked = page(paraguay, request);
        String taskId = scenario.task(RequestScenario.PARAGUAY, request, "provide-clarification", null).id();
        assertThat(nextStep(asked)).contains("Awaiting your clarification", "You: the next step is yours",
                "href=\"#task-" + taskId + "\"", "Provide clarification", "Due by");
        assertThat(messages(asked)).containsExactly("QUESTION_ASKED Coordinators · Question to you · " + question);

        HttpResponse<String> sent = paraguay.post("/portal/tasks/" + taskId, Map.of("clarificationAnswer", answer));
        assertThat(sent.statusCode()).isEqualTo(302);
        String confirmed = paraguay.get(path(sent)).body();
        assertThat(confirmation(confirmed)).contains("Answer sent", request.reference());

        scenario.screenAsComplete(request);
        scenario.confirmRouting(request);
        String routed = page(paraguay, request);
        assertThat(messages(routed)).containsExactly(
                "QUESTION_ASKED Coordinators · Question to you · " + question,
                "STEP_COMPLETED You · Your answer · Provide clarification — Your answer: " + answer,
                "ROUTING_DECIDED Coordinators · Agencies assigned · Legislative review (gap analysis): ILO leads, with OHCHR");
        assertThat(nextStep(routed)).contains("In progress", "Who holds it now:", "ILO, OHCHR")
                .doesNotContain("You: the next step is yours", "Due by");
        assertThat(routed).doesNotContain("id=\"confirmation\"", "role=\"status\"", "Screen request", "coordinator<",
                "NEEDS_CLARIFICATION", "e-mail to");
    }

    @Test
    void theFullRecordBehindTheLinkHasTheStatusChangesTheConversationLeavesOutButNoStaffWork() {
        AssistanceRequest request = scenario.submit(aRequest().instruments("ILO_C97").assistanceTypes("LEGISLATIVE_REVIEW"));
        scenario.screenAsComplete(request);
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");

        String page = page(paraguay, request);
        String record = paraguay.get("/portal/requests/" + request.reference() + "/record").body();

        assertThat(page).contains("href=\"/portal/requests/" + request.reference() + "/record\"");
        assertThat(messages(page)).noneMatch(m -> m.startsWith("STATUS_CHANGED"));
        assertThat(record).contains("data-kind=\"STATUS_CHANGED\"", "In screening")
                .doesNotContain("Screen request", "e-mail to", "coordinator,");
        assertThat(PageSession.signedIn(port, "gov.turkey").get("/portal/requests/" + request.reference() + "/record")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void submittingConfirmsWithTheReferenceAsAStatusMessage() {
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");
        paraguay.get("/portal/requests/new");
        HttpResponse<String> sent = paraguay.post("/portal/requests/new", Map.of("requestingState", "PRY",
                "instruments", "ICRMW", "assistanceTypes", "LEGISLATIVE_REVIEW", "title", "Confirm " + UUID.randomUUID(),
                "description", "Please compare our law", "contactEmail", "focal.point@example.org"));
        String location = path(sent);
        String reference = location.substring(location.lastIndexOf('/') + 1);

        String confirmed = paraguay.get(location).body();
        String again = paraguay.get(location).body();

        assertThat(confirmation(confirmed)).contains("Request submitted", "Your reference is " + reference);
        assertThat(nextStep(confirmed)).contains("The coordinators (campaign secretariat)");
        assertThat(again).as("shown once, not on every visit").doesNotContain("id=\"confirmation\"");
    }

    @Test
    void withdrawingConfirmsWithTheReferenceAndNobodyHoldsTheRequestAnyMore() {
        AssistanceRequest request = scenario.submit(aRequest());
        PageSession paraguay = PageSession.signedIn(port, "gov.paraguay");
        paraguay.get("/portal/requests/" + request.reference() + "/withdraw");

        HttpResponse<String> sent = paraguay.post("/portal/requests/" + request.reference() + "/withdraw",
                Map.of("reason", "Handled nationally"));
        String confirmed = paraguay.get(path(sent)).body();

        assertThat(confirmation(confirmed)).contains("Request withdrawn", "Request " + request.reference() + " is withdrawn");
        assertThat(nextStep(confirmed)).contains("Withdrawn", "Nobody: the request is finished");
        assertThat(messages(confirmed)).containsExactly("WITHDRAWN You · Withdrawn · Handled nationally");
    }

    /** Where a post redirected to, as a path. */
    private static String path(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    private static String page(PageSession session, AssistanceRequest request) {
        HttpResponse<String> response = session.get("/portal/requests/" + request.reference());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The "where it stands" part at the top of the page. */
    private static String nextStep(String page) {
        int start = page.indexOf("id=\"next\"");
        assertThat(start).as("the next step on the page").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String confirmation(String page) {
        Matcher m = Pattern.compile("<div id=\"confirmation\" role=\"status\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("a confirmation with role=status").isTrue();
        return text(m.group(1));
    }

    /** Each message of the conversation in page order: its kind, then its text without tags. */
    private static List<String> messages(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = MESSAGE.matcher(page);
        while (m.find()) {
            found.add(m.group(1) + " " + text(m.group(2)));
        }
        return found;
    }

    private static String text(String html) {
        return html.replaceAll("<time[^>]*>.*?</time>", "").replaceAll("<[^>]+>", " ").replace("&#39;", "'")
                .replaceAll("\\s+", " ").trim();
    }
}
