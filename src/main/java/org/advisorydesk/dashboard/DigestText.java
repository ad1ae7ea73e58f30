package org.advisorydesk.dashboard;

import org.advisorydesk.dashboard.DashboardFigures.Deadline;
import org.advisorydesk.dashboard.DashboardFigures.OldTask;
import org.springframework.stereotype.Component;

/**
 * The weekly digest's text, from the dashboard's figures of the last seven days: requests submitted,
 * delivered and closed, the cycle time, the tasks on time; and as of now the overdue tasks with the
 * oldest open ones, the treaty reports due soon and the requests waiting for their government.
 */
@Component
class DigestText {

    private final DashboardMail mail;
    private final DashboardProperties properties;

    DigestText(DashboardMail mail, DashboardProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    record Written(String subject, String body) {
    }

    Written write(DashboardFigures f) {
        StringBuilder body = new StringBuilder(mail.text("alerts.digest.intro", f.from().toString(), f.to().toString()));
        line(body, "alerts.digest.submitted", f.submitted());
        line(body, "alerts.digest.delivered", f.delivered());
        line(body, "alerts.digest.closed", f.closed());
        if (f.cycleTimeDays().median() == null) {
            line(body, "alerts.digest.cycleTime.none");
        } else {
            line(body, "alerts.digest.cycleTime", f.cycleTimeDays().median());
        }
        if (f.onTime().share() == null) {
            line(body, "alerts.digest.onTime.none");
        } else {
            line(body, "alerts.digest.onTime", DashboardQueries.round(f.onTime().share() * 100),
                    f.onTime().completed());
        }
        body.append('\n');
        line(body, "alerts.digest.overdue", f.overdueTasks());
        oldestTasks(body, f);
        body.append('\n');
        deadlines(body, f);
        body.append('\n');
        if (f.waitingForGovernment().count() == 0) {
            line(body, "alerts.digest.waiting.none");
        } else {
            line(body, "alerts.digest.waiting", f.waitingForGovernment().count(),
                    f.waitingForGovernment().medianDays(), f.waitingForGovernment().longestDays());
        }
        body.append('\n');
        line(body, "alerts.digest.link", properties.dashboardLink("from=" + f.from() + "&to=" + f.to()));
        String subject = mail.text("alerts.digest.subject", f.from().toString(), f.to().toString(), f.submitted(),
                f.overdueTasks());
        return new Written(subject, body.toString());
    }

    private void oldestTasks(StringBuilder body, DashboardFigures f) {
        if (f.oldestTasks().isEmpty()) {
            line(body, "alerts.digest.oldest.none");
            return;
        }
        line(body, "alerts.digest.oldest", f.oldestTasks().size());
        for (OldTask t : f.oldestTasks()) {
            String due = t.dueAt() == null ? "" : mail.text(t.overdue() ? "alerts.digest.taskOverdue" : "alerts.digest.taskDue",
                    mail.moment(t.dueAt()));
            line(body, "alerts.digest.task", t.caseKey(), t.taskName(), t.agency(),
                    t.assignee() == null ? mail.text("alerts.digest.unclaimed") : t.assignee(), mail.moment(t.createdAt()), due);
        }
    }

    private void deadlines(StringBuilder body, DashboardFigures f) {
        if (f.treatyDeadlines().isEmpty()) {
            line(body, "alerts.digest.deadlines.none", Dashboard.DEADLINE_HORIZON_DAYS);
            return;
        }
        line(body, "alerts.digest.deadlines", Dashboard.DEADLINE_HORIZON_DAYS);
        for (Deadline d : f.treatyDeadlines()) {
            line(body, d.overdue() ? "alerts.digest.deadlineOverdue" : "alerts.digest.deadline", d.state(),
                    d.instrument().name(), mail.text("portal.reportKind." + d.kind()), d.due().toString(), d.daysLeft());
        }
    }

    private void line(StringBuilder body, String key, Object... arguments) {
        body.append('\n').append(mail.text(key, arguments));
    }
}
