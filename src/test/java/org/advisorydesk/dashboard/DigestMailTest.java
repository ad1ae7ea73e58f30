package org.advisorydesk.dashboard;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, digest: the week's figures go to every manager once a week, however often the digest is
 * triggered. The week is in June 2021, before any other test's work, so that its figures are this test's.
 */
class DigestMailTest extends ManagersMailTest {

    @Autowired WeeklyDigest digest;
    @Autowired RequestScenario scenario;

    @Test
    void theWeeksFiguresAreMailedToTheManagersOnceAWeek() {
        AssistanceRequest old;
        AssistanceRequest recent;
        boolean first;
        boolean second;
        try {
            at("2021-05-03T09:00:00Z");
            old = scenario.submit(aRequest());
            at("2021-06-02T10:00:00Z");
            recent = scenario.submit(aRequest());
            at("2021-06-07T07:00:00Z");

            first = digest.send();
            at("2021-06-07T08:30:00Z");
            second = digest.send();
        } finally {
            ClockUtil.reset();
        }

        assertThat(first).isTrue();
        assertThat(second).as("triggered again in the same week").isFalse();
        List<MimeMessage> received = received("Weekly digest of the desk, 2021-05-31 to 2021-06-06");
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(recipients(mail)).containsExactly("manager@example.org");
            assertThat(subject(mail)).contains("1 requests submitted");
            assertThat(body(mail)).contains("Requests submitted: 1")
                    .contains("Requests delivered (first delivery): 0")
                    .contains("no request delivered")
                    .contains("Overdue staff tasks now: 1")
                    .contains("oldest open staff tasks:")
                    .contains("- " + old.reference() + ": ")
                    .contains("OVERDUE since")
                    .contains("- " + recent.reference() + ": ")
                    .contains("No treaty report is due in the next 120 days.")
                    .contains("https://desk.example.org/work/dashboard?from=2021-05-31&to=2021-06-06");
            assertThat(body(mail).indexOf(old.reference())).as("oldest first")
                    .isLessThan(body(mail).indexOf(recent.reference()));
        });
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }
}
