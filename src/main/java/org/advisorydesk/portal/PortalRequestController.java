package org.advisorydesk.portal;

import java.util.List;
import java.util.Optional;

import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.web.Attempt;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.NewComment;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.web.FieldProblem;
import org.advisorydesk.web.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** A government's requests in pages: a new request, a request's page, its documents, comments, withdrawal. */
@Controller
@RequestMapping("/portal/requests")
class PortalRequestController {

    /** The flash attribute that names what was just done, for the confirmation on the request page. */
    static final String CONFIRMED = "confirmed";

    private final GovernmentPortal portal;
    private final RequestService requests;
    private final DocumentService documents;

    PortalRequestController(GovernmentPortal portal, RequestService requests, DocumentService documents) {
        this.portal = portal;
        this.requests = requests;
        this.documents = documents;
    }

    @GetMapping("/new")
    String newRequest(CurrentUser user, Model model) {
        model.addAttribute("form", portal.newRequestForm(user, null, null));
        return "portal/new-request";
    }

    @PostMapping("/new")
    ModelAndView submit(CurrentUser user, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = GovernmentPortal.DOCUMENTS_FIELD, required = false) List<MultipartFile> files,
            @RequestParam(name = "documentKind", required = false) String documentKind, RedirectAttributes flash) {
        try {
            AssistanceRequest request = portal.submit(user, params, files, documentKind);
            flash.addFlashAttribute(CONFIRMED, "submitted");
            return new ModelAndView("redirect:/portal/requests/" + request.reference());
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("portal/new-request", HttpStatus.BAD_REQUEST);
            page.addObject("form", portal.newRequestForm(user, params, e.problems()));
            page.addObject("documentsError", new Attempt(null, params, e.problems())
                    .problemOf(GovernmentPortal.DOCUMENTS_FIELD));
            page.addObject("documentKind", documentKind);
            return page;
        }
    }

    @GetMapping("/{reference}")
    String request(CurrentUser user, @PathVariable String reference, Model model) {
        model.addAttribute("page", portal.requestPage(user, reference, null));
        return "portal/request";
    }

    /** The request's whole record as the government reads it, oldest first: what the conversation leaves out too. */
    @GetMapping("/{reference}/record")
    String record(CurrentUser user, @PathVariable String reference, Model model) {
        model.addAttribute("details", requests.details(user, reference));
        return "portal/record";
    }

    @GetMapping("/{reference}/documents/{id}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String reference, @PathVariable long id) {
        return documents.download(user, reference, id).asDownload();
    }

    @PostMapping("/{reference}/documents")
    ModelAndView upload(CurrentUser user, @PathVariable String reference,
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", required = false) String kind, RedirectAttributes flash) {
        try {
            documents.upload(user, reference, file, kind);
            flash.addFlashAttribute(CONFIRMED, "uploaded");
            return new ModelAndView("redirect:/portal/requests/" + reference + "#documents");
        } catch (InvalidInputException e) {
            return failed(user, reference, new Attempt(Attempt.DOCUMENTS, params, e.problems()));
        }
    }

    @PostMapping("/{reference}/comments")
    ModelAndView comment(CurrentUser user, @PathVariable String reference,
            @RequestParam MultiValueMap<String, String> params, RedirectAttributes flash) {
        String text = params.getFirst("text");
        Optional<FieldProblem> problem = NewComment.problemWith(text);
        if (problem.isPresent()) {
            return failed(user, reference, new Attempt(Attempt.COMMENT, params, List.of(problem.get())));
        }
        requests.comment(user, reference, text, false);
        flash.addFlashAttribute(CONFIRMED, "commented");
        return new ModelAndView("redirect:/portal/requests/" + reference + "#conversation");
    }

    @GetMapping("/{reference}/withdraw")
    String confirmWithdrawal(CurrentUser user, @PathVariable String reference, Model model) {
        model.addAttribute("request", requests.get(user, reference));
        return "portal/withdraw";
    }

    @PostMapping("/{reference}/withdraw")
    String withdraw(CurrentUser user, @PathVariable String reference,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        requests.withdraw(user, reference, reason);
        flash.addFlashAttribute(CONFIRMED, "withdrawn");
        return "redirect:/portal/requests/" + reference;
    }

    private ModelAndView failed(CurrentUser user, String reference, Attempt attempt) {
        ModelAndView page = new ModelAndView("portal/request", HttpStatus.BAD_REQUEST);
        page.addObject("page", portal.requestPage(user, reference, attempt));
        page.addObject("attempt", attempt);
        return page;
    }
}
