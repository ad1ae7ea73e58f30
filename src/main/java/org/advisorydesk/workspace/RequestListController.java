package org.advisorydesk.workspace;

import java.util.Optional;

import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.RequestList;
import org.advisorydesk.request.RequestSearch;
import org.advisorydesk.request.RequestSearch.Standing;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.StateNames;
import org.advisorydesk.web.Choice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The requests a staff member may see, paged: {@code /work/requests?standing=open&q=PRY&page=0}; the
 * search is a State (code or name) or part of a reference or title.
 */
@Controller
class RequestListController {

    private final RequestService requests;
    private final StaffWorkspace workspace;

    RequestListController(RequestService requests, StaffWorkspace workspace) {
        this.requests = requests;
        this.workspace = workspace;
    }

    @GetMapping("/work/requests")
    String requests(CurrentUser user, Model model,
            @RequestParam(required = false) String standing,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") String page) {
        String text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        Optional<String> state = StateNames.find(text);
        RequestSearch search = new RequestSearch(Choice.of(Standing.class, "standing", standing, Standing.OPEN), state.orElse(null),
                state.isPresent() ? null : text, Pages.number(page), RequestSearch.PAGE_SIZE);
        RequestList result = requests.search(user, search);
        model.addAttribute("result", result);
        model.addAttribute("rows", workspace.requestRows(result.requests()));
        model.addAttribute("q", text);
        return "work/requests";
    }
}
