package org.advisorydesk.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The managers' threshold alerts and weekly digest. {@code baseUrl} is where the desk's pages are
 * reached from a mail reader, for the links to the dashboard in those mails. {@code figuresKeptFor} is
 * how long the figures of one filter are shown again without computing them anew (their time is on
 * the page); {@code PT0S} computes every view.
 */
@ConfigurationProperties("advisorydesk.dashboard")
public record DashboardProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Alerts alerts,
        @DefaultValue Digest digest,
        @DefaultValue("PT1M") Duration figuresKeptFor) {

    /**
     * How often the alerts are checked, and the days over which {@code ON_TIME_SHARE} counts the staff
     * tasks completed (today included).
     */
    public record Alerts(@DefaultValue("PT15M") Duration checkInterval, @DefaultValue("28") int onTimeDays) {
    }

    /** When the weekly digest is sent: a Spring cron expression in the zone ({@code -} sends none). */
    public record Digest(@DefaultValue("0 0 7 * * MON") String cron, @DefaultValue("UTC") String zone) {
    }

    /** The dashboard's page with the query, for a link in a mail. */
    String dashboardLink(String query) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/work/dashboard" + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
