package org.advisorydesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins slow down the client that fails, never the account's owner elsewhere
 * ({@link SignInGuard}). A client (an account from one address) has {@code freeAttempts} failures
 * without waiting; each further one makes it wait twice as long as the one before, from
 * {@code firstDelay} up to {@code longestDelay}. An address that fails on many accounts
 * ({@code addressFreeAttempts}) waits the same way, whatever account it tries. Failures are forgotten
 * {@code forgetAfter} the last one; nothing locks an account for good. After {@code notifyAfter}
 * failures on one account (from any address, within {@code forgetAfter}) its owner is told by e-mail,
 * at most once per {@code notifyAtMostEvery}.
 */
@ConfigurationProperties("advisorydesk.sign-in")
public record SignInProperties(
        @DefaultValue("5") int freeAttempts,
        @DefaultValue("PT1S") Duration firstDelay,
        @DefaultValue("PT5M") Duration longestDelay,
        @DefaultValue("50") int addressFreeAttempts,
        @DefaultValue("PT1H") Duration forgetAfter,
        @DefaultValue("10") int notifyAfter,
        @DefaultValue("PT24H") Duration notifyAtMostEvery) {
}
