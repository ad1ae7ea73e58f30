package org.advisorydesk.dashboard;

import static org.advisorydesk.request.NewRequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.RequestScenario;
import org.advisorydesk.request.RequestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, alerts: a figure crossing a manager's threshold is mailed to the managers once, and once
 * when it is back; checks in between, and a second node checking at the same time, send nothing more.
 * Thresholds are set relative to the figure when the test starts, so other tests' requests do not matter.
 */
class AlertMailTest extends ManagersMailTest {

    @Autowired AlertRules rules;
    @Autowired AlertWatch watch;
    @Autowired AlertMetrics metrics;
    @Autowired RequestScenario scenario;
    @Autowired RequestService requests;

    @Test
    void anAlertIsMailedOnceWhenCrossedAndOnceWhenBackToNormal() {
        AlertRule rule = rules.add(RequestScenario.MANAGER,
                new NewAlertRule("open_requests", null, "above", Long.toString(openRequests())));
        try {
            assertThat(watch.check()).as("nothing crossed yet").isZero();
            AssistanceRequest request = scenario.submit(aRequest());

            assertThat(watch.check()).isEqualTo(1);
            assertThat(watch.check()).as("a second check with nothing changed").isZero();

            MimeMessage crossed = single(received("Dashboard alert " + rule.id() + ":"));
            assertThat(recipients(crossed)).containsExactly("manager@example.org");
            assertThat(subject(crossed)).contains("Open requests, whole desk is above " + rule.thresholdText())
                    .contains("now " + (rule.threshold().longValue() + 1));
            assertThat(body(crossed)).contains("set on").contains("https://desk.example.org/work/dashboard")
                    .contains("https://desk.example.org/work/dashboard/alerts");
            assertThat(rules.all(RequestScenario.MANAGER)).filteredOn(r -> r.id() == rule.id())
                    .singleElement().satisfies(r -> assertThat(r.crossed()).isTrue());

            requests.withdraw(RequestScenario.PARAGUAY, request.reference(), "No longer needed");

            assertThat(watch.check()).isEqualTo(1);
            assertThat(watch.check()).isZero();
            MimeMessage back = single(received("Dashboard alert " + rule.id() + " back to normal"));
            assertThat(recipients(back)).containsExactly("manager@example.org");
            assertThat(body(back)).contains("back to normal at " + rule.thresholdText());
            assertThat(received("Dashboard alert " + rule.id() + ":")).as("still one crossing").hasSize(1);
        } finally {
            rules.remove(RequestScenario.MANAGER, rule.id());
        }
    }

    @Test
    void anAgencysAlertLinksToTheDashboardOfThatAgency() {
        AlertRule rule = rules.add(RequestScenario.MANAGER, new NewAlertRule("OVERDUE_TASKS", "UNESCO", "BELOW",
                Long.toString((long) metrics.value(AlertMetric.OVERDUE_TASKS, Agency.UNESCO)
                        .getAsDouble() + 1)));
        try {
            assertThat(watch.check()).isEqualTo(1);

            MimeMessage crossed = single(received("Dashboard alert " + rule.id() + ":"));
            assertThat(subject(crossed)).contains("Overdue staff tasks, UNESCO is below");
            assertThat(body(crossed)).contains("https://desk.example.org/work/dashboard?agency=UNESCO");
        } finally {
            rules.remove(RequestScenario.MANAGER, rule.id());
        }
    }

    @Test
    void twoNodesCheckingAtOnceMailTheCrossingOnce() throws Exception {
        AlertRule rule = rules.add(RequestScenario.MANAGER,
                new NewAlertRule("OPEN_REQUESTS", null, "BELOW", Long.toString(openRequests() + 1)));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> checks = List.of(nodes.submit(() -> {
                start.await();
                return watch.check();
            }), nodes.submit(() -> {
                start.await();
                return watch.check();
            }));
            start.countDown();

            int told = 0;
            for (Future<Integer> check : checks) {
                told += check.get(30, TimeUnit.SECONDS);
            }
            assertThat(told).isEqualTo(1);
            assertThat(received("Dashboard alert " + rule.id() + ":")).hasSize(1);
        } finally {
            nodes.shutdownNow();
            rules.remove(RequestScenario.MANAGER, rule.id());
        }
    }

    private long openRequests() {
        return (long) metrics.value(AlertMetric.OPEN_REQUESTS, null).getAsDouble();
    }

    private static MimeMessage single(List<MimeMessage> received) {
        assertThat(received).hasSize(1);
        return received.get(0);
    }
}
