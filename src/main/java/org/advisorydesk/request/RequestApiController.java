package org.advisorydesk.request;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Requests for technical assistance: {@code /api/requests}. */
@RestController
@RequestMapping("/api/requests")
@Tag(name = "Requests", description = "Requests for technical assistance")
class RequestApiController {

    private final RequestService requests;

    RequestApiController(RequestService requests) {
        this.requests = requests;
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Submit a request for the caller's own State (coordinators: for any State)")
    ResponseEntity<RequestView> submit(CurrentUser user, @Valid @RequestBody NewRequest body) {
        AssistanceRequest request = requests.submit(user, body);
        return ResponseEntity.created(URI.create("/api/requests/" + request.reference()))
                .body(RequestView.summary(request, user));
    }

    @GetMapping
    @Operation(summary = "The requests the caller may see, most recently changed first, a page at a time "
            + "(X-Total-Count: how many in all; Link: the next page)")
    ResponseEntity<List<RequestView>> list(CurrentUser user,
            @Parameter(description = "open, finished or all (default)") @RequestParam(required = false) String standing,
            @Parameter(description = "ISO 3166 alpha-3 code of a State") @RequestParam(required = false) String state,
            @Parameter(description = "part of a reference or title") @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "100") int size) {
        RequestList result = requests.search(user, RequestSearchParameters.parse(standing, state, q, page, size));
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", String.valueOf(result.total()));
        if (result.hasNext()) {
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", page + 1).toUriString() + ">; rel=\"next\"");
        }
        return answer.body(result.requests().stream().map(r -> RequestView.summary(r, user)).toList());
    }

    @PostMapping("/{reference}/withdraw")
    @Operation(summary = "Withdraw a request (the requesting government, before closure): all open work ends")
    RequestView withdraw(CurrentUser user, @PathVariable String reference,
            @RequestBody(required = false) @Valid Withdrawal body) {
        return RequestView.summary(requests.withdraw(user, reference, body == null ? null : body.reason()), user);
    }

    /** Optional body of a withdrawal. */
    record Withdrawal(@jakarta.validation.constraints.Size(max = 2000) String reason) {
    }

    @GetMapping("/{reference}/history")
    @Operation(summary = "The request's record as the caller may read it, oldest first: typed entries with their payload, who and when")
    List<HistoryEntry> history(CurrentUser user, @PathVariable String reference) {
        return requests.history(user, reference).stream().map(HistoryEntry::of).toList();
    }

    @PostMapping("/{reference}/comments")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Comment on a request")
    ResponseEntity<HistoryEntry> comment(CurrentUser user, @PathVariable String reference, @Valid @RequestBody NewComment body) {
        return ResponseEntity.status(201).body(HistoryEntry.of(requests.comment(user, reference, body.text(),
                Boolean.TRUE.equals(body.toGovernment()))));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One request with its routing, completed steps and status history")
    RequestView get(CurrentUser user, @PathVariable String reference) {
        return RequestView.of(requests.details(user, reference), user);
    }
}
