package org.advisorydesk.workspace;

import java.util.List;
import java.util.Optional;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.NewComment;
import org.advisorydesk.task.TaskInbox;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.ForbiddenException;
import org.advisorydesk.web.InvalidInputException;
import org.advisorydesk.web.Attempt;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A task's page: its form, claim, unclaim, hand-over, comments and attachments, beside its request's file. */
@Controller
@RequestMapping("/work/tasks/{id}")
class TaskPageController {

    private final StaffWorkspace workspace;
    private final TaskInbox inbox;

    TaskPageController(StaffWorkspace workspace, TaskInbox inbox) {
        this.workspace = workspace;
        this.inbox = inbox;
    }

    @GetMapping
    String task(CurrentUser user, @PathVariable String id, Model model) {
        model.addAttribute("page", workspace.task(user, id, null));
        return "work/task";
    }

    @PostMapping("/claim")
    String claim(CurrentUser user, @PathVariable String id, RedirectAttributes flash) {
        inbox.claim(user, id);
        flash.addFlashAttribute("notice", "work.notice.claimed");
        return "redirect:/work/tasks/" + id;
    }

    @PostMapping("/unclaim")
    String unclaim(CurrentUser user, @PathVariable String id, RedirectAttributes flash) {
        inbox.unclaim(user, id);
        flash.addFlashAttribute("notice", "work.notice.unclaimed");
        return "redirect:/work/tasks/" + id;
    }

    @PostMapping("/hand-over")
    ModelAndView handOver(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes flash) {
        try {
            inbox.handOver(user, id, params.getFirst("userId") == null ? "" : params.getFirst("userId"));
        } catch (InvalidInputException e) {
            return failed(user, id, new Attempt(Attempt.HAND_OVER, params, e.problems()), HttpStatus.BAD_REQUEST);
        }
        flash.addFlashAttribute("notice", "work.notice.handedOver");
        return new ModelAndView("redirect:/work");
    }

    @PostMapping("/complete")
    ModelAndView complete(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes flash) {
        try {
            inbox.completeFromPage(user, id, params);
        } catch (InvalidInputException e) {
            return failed(user, id, new Attempt(Attempt.FORM, params, e.problems()), HttpStatus.BAD_REQUEST);
        } catch (ForbiddenException e) {
            return failed(user, id, new Attempt(Attempt.FORM, params,
                    List.of(new FieldProblem("fourEyes", e.getMessage()))), HttpStatus.FORBIDDEN);
        }
        flash.addFlashAttribute("notice", "work.notice.completed");
        return new ModelAndView("redirect:/work");
    }

    @PostMapping("/comments")
    ModelAndView comment(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes flash) {
        String text = params.getFirst("text");
        Optional<FieldProblem> problem = NewComment.problemWith(text);
        if (problem.isPresent()) {
            return failed(user, id, new Attempt(Attempt.COMMENT, params, List.of(problem.get())), HttpStatus.BAD_REQUEST);
        }
        inbox.comment(user, id, text, "true".equals(params.getFirst("toGovernment")));
        flash.addFlashAttribute("notice", "work.notice.commented");
        return new ModelAndView("redirect:/work/tasks/" + id + "#history");
    }

    @PostMapping("/documents")
    ModelAndView attach(CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            @RequestParam(name = "kind", required = false) List<String> kinds, RedirectAttributes flash) {
        try {
            workspace.attach(user, id, files == null ? List.of() : files, kinds == null ? List.of() : kinds);
        } catch (InvalidInputException e) {
            return failed(user, id, new Attempt(Attempt.DOCUMENTS, params, e.problems()), HttpStatus.BAD_REQUEST);
        }
        flash.addFlashAttribute("notice", "work.notice.attached");
        return new ModelAndView("redirect:/work/tasks/" + id + "#documents");
    }

    private ModelAndView failed(CurrentUser user, String id, Attempt attempt, HttpStatus status) {
        ModelAndView page = new ModelAndView("work/task", status);
        page.addObject("page", workspace.task(user, id, attempt));
        page.addObject("attempt", attempt);
        return page;
    }
}
