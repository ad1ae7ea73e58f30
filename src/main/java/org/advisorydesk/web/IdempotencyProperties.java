package org.advisorydesk.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long the first answer to an {@code Idempotency-Key} (or a page's form token) is kept per user. */
@ConfigurationProperties("advisorydesk.idempotency")
public record IdempotencyProperties(@DefaultValue("PT24H") Duration keptFor) {
}
