package org.advisorydesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks every alert rule against its figure now. A figure that crosses its threshold is told to the
 * managers once, and once when it comes back; in between, nothing. Safe with several nodes: a rule's
 * state changes by a conditional update, and only the node whose update changed it tells.
 */
@Component
public class AlertWatch {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWatch.class);

    private final AlertRuleRepository rules;
    private final AlertMetrics metrics;
    private final DashboardMail mail;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AlertWatch(AlertRuleRepository rules, AlertMetrics metrics, DashboardMail mail, TransactionTemplate transaction,
            Clock clock) {
        this.rules = rules;
        this.metrics = metrics;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Checks each rule and answers how many changed state (and were told). Each change is made and told
     * in a transaction of its own: one that fails is logged and left for the next check.
     */
    @Scheduled(fixedDelayString = "${advisorydesk.dashboard.alerts.check-interval:PT15M}",
            initialDelayString = "${advisorydesk.dashboard.alerts.check-interval:PT15M}")
    public int check() {
        Map<String, OptionalDouble> values = new HashMap<>();
        int told = 0;
        for (AlertRule rule : rules.all()) {
            try {
                OptionalDouble value = values.computeIfAbsent(rule.metric() + "/" + rule.agency(),
                        k -> metrics.value(rule.metric(), rule.agency()));
                if (value.isPresent() && rule.crossedBy(value.getAsDouble()) != rule.crossed()
                        && Boolean.TRUE.equals(transaction.execute(status -> tell(rule, value.getAsDouble())))) {
                    told++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not check alert {} ({} {}); trying again at the next check", rule.id(), rule.metric(),
                        rule.agency(), e);
            }
        }
        return told;
    }

    private boolean tell(AlertRule rule, double value) {
        Instant now = clock.instant();
        boolean crossed = !rule.crossed();
        if (!rules.enter(rule.id(), crossed, now)) {
            return false;
        }
        mail.alert(rule, value, crossed);
        return true;
    }
}
