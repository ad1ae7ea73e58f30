package org.advisorydesk.dashboard;

import java.util.List;

import org.advisorydesk.dashboard.AlertRule.Comparison;
import org.advisorydesk.identity.Agency;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.Attempt;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.Moment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The managers' page of threshold alerts, {@code /work/dashboard/alerts}: the rules with their state,
 * a form to add one and a button to delete each (managers only; coordinators read). Every change
 * redirects back to the page; a bad rule shows the form again with the problem next to its field.
 */
@Controller
class AlertPageController {

    static final String PAGE = "/work/dashboard/alerts";

    private final AlertRules rules;

    AlertPageController(AlertRules rules) {
        this.rules = rules;
    }

    @GetMapping(PAGE)
    ModelAndView page(CurrentUser user, @RequestParam(required = false) String done) {
        ModelAndView page = view(user, null);
        page.addObject("done", "added".equals(done) || "deleted".equals(done) ? done : null);
        return page;
    }

    @PostMapping(PAGE)
    ModelAndView add(CurrentUser user, @RequestParam MultiValueMap<String, String> form) {
        NewAlertRule rule = new NewAlertRule(form.getFirst("metric"), form.getFirst("agency"),
                form.getFirst("comparison"), form.getFirst("threshold"));
        try {
            rules.add(user, rule);
        } catch (InvalidInputException e) {
            ModelAndView page = view(user, new Attempt(Attempt.FORM, new LinkedMultiValueMap<>(form), e.problems()));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return new ModelAndView("redirect:" + PAGE + "?done=added");
    }

    @PostMapping(PAGE + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable long id) {
        rules.remove(user, id);
        return "redirect:" + PAGE + "?done=deleted";
    }

    /** A rule as its row shows it, with the moment of its last change of state. */
    record Row(AlertRule rule, Moment since) {
    }

    private ModelAndView view(CurrentUser user, Attempt attempt) {
        ModelAndView page = new ModelAndView("dashboard/alerts");
        page.addObject("rows", rules.all(user).stream().map(r -> new Row(r, Moment.of(r.since()))).toList());
        page.addObject("mayChange", rules.mayChange(user));
        page.addObject("metrics", List.of(AlertMetric.values()));
        page.addObject("agencies", List.of(Agency.values()));
        page.addObject("comparisons", List.of(Comparison.values()));
        page.addObject("attempt", attempt);
        return page;
    }
}
