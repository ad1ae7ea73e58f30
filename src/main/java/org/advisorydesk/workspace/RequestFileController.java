package org.advisorydesk.workspace;


import org.advisorydesk.document.DocumentService;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A request's file for staff: summary, routing, documents, history and the open tasks on it. */
@Controller
@RequestMapping("/work/requests/{reference}")
class RequestFileController {

    private final StaffWorkspace workspace;
    private final DocumentService documents;

    RequestFileController(StaffWorkspace workspace, DocumentService documents) {
        this.workspace = workspace;
        this.documents = documents;
    }

    @GetMapping
    String file(CurrentUser user, @PathVariable String reference, Model model) {
        model.addAttribute("file", workspace.file(user, reference));
        return "work/request";
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String reference, @PathVariable long id) {
        return documents.download(user, reference, id).asDownload();
    }
}
