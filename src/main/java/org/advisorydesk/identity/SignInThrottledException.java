package org.advisorydesk.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password: the client failed too often and must wait. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins from this client; wait " + seconds(wait) + " s");
        this.wait = wait;
    }

    /** How long the client waits before its next attempt is checked. */
    public Duration getWait() {
        return wait;
    }

    /** The wait in whole seconds, rounded up, at least one. */
    public long seconds() {
        return seconds(wait);
    }

    static long seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
