package org.advisorydesk.identity;

import java.time.Instant;
import java.util.List;

/** Sign-ins to an account failed repeatedly: its owner is to be told (the account is not locked). */
public record SignInFailuresNoticed(String account, int failures, List<String> addresses, Instant at) {
}
