package org.advisorydesk.treaty;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public status page, {@code advisorydesk.treaty.status.*}.
 *
 * @param keptFor the standing shown to anonymous readers is computed at most once this long (and browsers
 *        and proxies may keep the page as long)
 */
@ConfigurationProperties("advisorydesk.treaty.status")
public record StatusProperties(@DefaultValue("PT1M") Duration keptFor) {
}
