package org.advisorydesk.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo users and groups, on by default; {@code advisorydesk.demo-data.enabled=false} turns them off.
 */
@ConfigurationProperties("advisorydesk.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled, @DefaultValue("demo") String password) {
}
