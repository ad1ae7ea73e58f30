package org.advisorydesk.dashboard;

import java.time.Clock;
import java.util.List;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' threshold alerts: managers set and delete them, coordinators may read them, nobody
 * else sees them. A new rule starts back to normal; the next check tells if its figure is already beyond.
 */
@Service
public class AlertRules {

    private final AlertRuleRepository repository;
    private final Clock clock;

    AlertRules(AlertRuleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public boolean mayChange(CurrentUser user) {
        return user.isManager();
    }

    @Transactional(readOnly = true)
    public List<AlertRule> all(CurrentUser user) {
        if (!user.isManager() && !user.isCoordinator()) {
            throw new ForbiddenException("The alerts are the managers'.");
        }
        return repository.all();
    }

    @Transactional
    public AlertRule add(CurrentUser user, NewAlertRule rule) {
        requireManager(user);
        long id = repository.insert(rule.parse(), user.id(), clock.instant());
        return repository.find(id).orElseThrow();
    }

    @Transactional
    public void remove(CurrentUser user, long id) {
        requireManager(user);
        if (!repository.delete(id)) {
            throw new NotFoundException("No alert " + id + ".");
        }
    }

    private void requireManager(CurrentUser user) {
        if (!mayChange(user)) {
            throw new ForbiddenException("Only managers set and delete alerts.");
        }
    }
}
