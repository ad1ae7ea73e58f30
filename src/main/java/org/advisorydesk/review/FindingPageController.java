package org.advisorydesk.review;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Validator;
import org.advisorydesk.document.Document;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.review.FindingViews.Attempt;
import org.advisorydesk.review.FindingViews.FindingsPage;
import org.advisorydesk.review.FindingViews.Problem;
import org.advisorydesk.review.FindingViews.ProvisionView;
import org.advisorydesk.review.FindingViews.Shown;
import org.advisorydesk.web.ConflictException;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings page of a request's legislative review: {@code /work/requests/{reference}/findings}.
 * Each provision's form saves with htmx (the answer is that provision's block and the progress) or,
 * without JavaScript, with a plain POST that comes back to the provision's anchor.
 */
@Controller
@RequestMapping("/work/requests/{reference}/findings")
class FindingPageController {

    private static final String HTMX_REQUEST = "HX-Request";
    private static final String SAVED = "saved";
    private static final String PRODUCED = "producedReport";

    private final ReviewWorkspace workspace;
    private final FindingService findings;
    private final ReviewReports reports;
    private final Validator validator;

    FindingPageController(ReviewWorkspace workspace, FindingService findings, ReviewReports reports,
            Validator validator) {
        this.workspace = workspace;
        this.findings = findings;
        this.reports = reports;
        this.validator = validator;
    }

    @GetMapping
    String page(CurrentUser user, @PathVariable String reference, @RequestParam(required = false) String show,
            @RequestParam(required = false) String task, Locale locale, Model model) {
        model.addAttribute("page", workspace.page(user, reference, null, (String) model.getAttribute(SAVED), locale,
                Shown.of(show, task)));
        return "review/findings";
    }

    @PostMapping("/{provision}")
    ModelAndView save(CurrentUser user, @PathVariable String reference, @PathVariable String provision,
            FindingForm form, @RequestHeader(name = HTMX_REQUEST, required = false) String htmx,
            @RequestParam(required = false) String show, @RequestParam(required = false) String task, Locale locale,
            RedirectAttributes redirect) {
        Map<String, Problem> problems = form.problems(validator);
        if (!problems.isEmpty()) {
            FindingsPage page = workspace.page(user, reference, new Attempt(provision, form, problems), null, locale);
            ProvisionView refused = editable(page, provision);
            return shown(page, refused, htmx != null, HttpStatus.BAD_REQUEST);
        }
        findings.record(user, reference, provision, form.input());
        if (htmx == null) {
            redirect.addFlashAttribute(SAVED, provision);
            return new ModelAndView("redirect:" + pathOf(reference, Shown.of(show, task)) + "#"
                    + ProvisionView.anchorOf(provision));
        }
        FindingsPage page = workspace.page(user, reference, null, provision, locale);
        return shown(page, page.provision(provision), true, HttpStatus.OK);
    }

    @PostMapping("/report")
    String produceReport(CurrentUser user, @PathVariable String reference, Locale locale,
            RedirectAttributes redirect) {
        Document report = reports.produce(user, reference, locale);
        redirect.addFlashAttribute(PRODUCED, report);
        return "redirect:" + pathOf(reference) + "#report";
    }

    /** The provision whose save was refused, when the user may record a finding on it at all. */
    private static ProvisionView editable(FindingsPage page, String provision) {
        ProvisionView refused = page.provision(provision);
        if (refused == null) {
            throw new NotFoundException("No provision " + provision + " in the Convention.");
        }
        if (!page.open()) {
            throw new ConflictException("The request is " + page.request().status() + "; its findings can no longer change.");
        }
        if (!refused.editable()) {
            throw new ForbiddenException("Only the agencies the review is routed to record findings.");
        }
        return refused;
    }

    /** The provision's block and the progress for htmx, otherwise the whole page scrolled to the provision. */
    private static ModelAndView shown(FindingsPage page, ProvisionView provision, boolean fragment, HttpStatus status) {
        ModelAndView view = new ModelAndView(fragment ? "review/provision" : "review/findings", status);
        view.addObject("page", page);
        view.addObject("provision", provision);
        return view;
    }

    private static String pathOf(String reference) {
        return "/work/requests/" + reference + "/findings";
    }

    /** The page's path with how it was shown kept (the task id is checked, so it needs no escaping). */
    private static String pathOf(String reference, Shown shown) {
        String query = (shown.unassessedOnly() ? "&show=unassessed" : "") + (shown.task() != null ? "&task=" + shown.task() : "");
        return pathOf(reference) + (query.isEmpty() ? "" : "?" + query.substring(1));
    }
}
