package org.advisorydesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.advisorydesk.DeskTest;
import org.advisorydesk.LoopbackClient;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker guessing passwords from one address slows down only itself: the owner signing in from
 * another address is let in at once, Camunda locks nobody, and the owner is told by e-mail. Two loopback
 * addresses are the two clients (each scenario its own pair, as the guard remembers addresses).
 */
@DeskTest
class SignInAttackTest {

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;

    @Test
    void guessingAFocalPointsPasswordSlowsTheGuesserNotTheOwner() throws Exception {
        LoopbackClient attacker = new LoopbackClient("127.0.0.2");
        LoopbackClient owner = new LoopbackClient("127.0.0.3");

        LoopbackClient.Answer refused = guessUntilTheWaitIsLong(attacker, "gov.turkey");
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"status\":429").contains("not locked");
        // while it waits, even the right password from the attacker's address is not checked
        assertThat(attacker.basic(port, "/api/requests", "gov.turkey", "demo").status()).isEqualTo(429);

        assertThat(owner.basic(port, "/api/requests", "gov.turkey", "demo").status()).isEqualTo(200);
        LoopbackClient.Answer signedIn = owner.formLogin(port, "gov.turkey", "demo");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("location")).doesNotContain("/login");
        assertThat(identityService.checkPassword("gov.turkey", "demo")).as("Camunda locked nobody").isTrue();

        // two more wrong passwords from a third address make ten in all: the owner is told
        LoopbackClient third = new LoopbackClient("127.0.0.7");
        assertThat(third.basic(port, "/api/requests", "gov.turkey", "guess-a").status()).isEqualTo(401);
        assertThat(third.basic(port, "/api/requests", "gov.turkey", "guess-b").status()).isEqualTo(401);
        List<String> notices = jdbc.sql("SELECT recipient FROM notification_outbox WHERE reference = 'sign-in-gov.turkey' "
                + "AND kind = 'SIGN_IN_FAILURES'").query(String.class).list();
        assertThat(notices).containsExactly(identityService.createUserQuery().userId("gov.turkey").singleResult().getEmail());
        String body = jdbc.sql("SELECT body FROM notification_outbox WHERE reference = 'sign-in-gov.turkey'")
                .query(String.class).list().get(0);
        assertThat(body).contains("127.0.0.2").contains("127.0.0.7").contains("not locked").contains("n’est pas bloqué").contains("no está bloqueada");
    }

    @Test
    void aWrongPasswordJustBeforeTheOwnersRightOneDoesNotShutTheOwnerOut() throws Exception {
        // found by replaying the attack against the running jar: Camunda's own delay after a first failure
        // (its loginDelayBase, 3 s) refused the owner's right password from anywhere for those seconds
        LoopbackClient attacker = new LoopbackClient("127.0.0.8");
        LoopbackClient owner = new LoopbackClient("127.0.0.9");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(attacker.basic(port, "/api/requests", "gov.philippines", "guess-" + attempt).status()).isEqualTo(401);
            assertThat(owner.basic(port, "/api/requests", "gov.philippines", "demo").status()).as("the owner right after failure " + attempt)
                    .isEqualTo(200);
        }
    }

    @Test
    void theSignInPageTellsAThrottledBrowserToWaitNotThatThePasswordIsWrong() throws Exception {
        LoopbackClient attacker = new LoopbackClient("127.0.0.4");
        guessUntilTheWaitIsLong(attacker, "gov.paraguay");

        LoopbackClient.Answer answer = attacker.formLogin(port, "gov.paraguay", "demo");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("location")).containsPattern("/login\\?wait=\\d+");
        String page = attacker.get(port, answer.header("location").replaceFirst("^https?://[^/]+", ""), null).body();
        assertThat(page).contains("Too many failed sign-ins from this device").contains("not locked")
                .doesNotContain("The user name or password is wrong");
        assertThat(attacker.get(port, "/login?wait=99999999999&lang=fr", null).body())
                .as("a wait typed by hand reads as a minute").contains("Attendez 60");
    }

    @Test
    void theWaitIsToldInWholeSecondsWithTheRightNumber() throws Exception {
        LoopbackClient browser = new LoopbackClient("127.0.0.8");
        assertThat(browser.get(port, "/login?wait=1&lang=en", null).body()).contains("Wait 1 second, then try again");
        assertThat(browser.get(port, "/login?wait=1&lang=fr", null).body()).contains("Attendez 1\u00a0seconde, puis");
        assertThat(browser.get(port, "/login?wait=30&lang=es", null).body()).contains("Espere 30 segundos");
    }

    @Test
    void nobodyCanLockTheAdministratorOutOfTheEngineRest() throws Exception {
        LoopbackClient attacker = new LoopbackClient("127.0.0.5");
        guessUntilTheWaitIsLong(attacker, "admin");

        assertThat(new LoopbackClient("127.0.0.6").basic(port, "/engine-rest/process-definition/count", "admin", "demo").status())
                .isEqualTo(200);
    }

    /** Wrong passwords sent as fast as the answers come, until the guard makes the client wait 8 s or more. */
    private LoopbackClient.Answer guessUntilTheWaitIsLong(LoopbackClient client, String account) throws Exception {
        int unauthorized = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            LoopbackClient.Answer answer = client.basic(port, "/api/requests", account, "guess" + attempt);
            if (answer.status() == 401) {
                unauthorized++;
                continue;
            }
            assertThat(answer.status()).isEqualTo(429);
            long wait = Long.parseLong(answer.header("retry-after"));
            if (wait >= 4) {
                assertThat(unauthorized).as("wrong passwords checked before the first wait").isBetween(6, 12);
                return answer;
            }
            Thread.sleep(wait * 1000);
        }
        throw new AssertionError("the guesser was never made to wait 4 s");
    }
}
