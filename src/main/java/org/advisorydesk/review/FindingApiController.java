package org.advisorydesk.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.advisorydesk.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The findings of a request's legislative review: {@code /api/requests/{reference}/findings}. */
@RestController
@RequestMapping("/api/requests/{reference}/findings")
@Tag(name = "Legislative review", description = "Findings article by article (or Part by Part) against the ICRMW")
class FindingApiController {

    private final FindingService findings;

    FindingApiController(FindingService findings) {
        this.findings = findings;
    }

    @GetMapping
    @Operation(summary = "The Convention Part by Part and article by article with the findings and the progress")
    LegislativeReview review(CurrentUser user, @PathVariable String reference) {
        return findings.review(user, reference);
    }

    @PutMapping("/{provision}")
    @Operation(summary = "Record the caller's agency's finding on an article (1-93) or a Part (part-I to part-IX)")
    Finding record(CurrentUser user, @PathVariable String reference, @PathVariable String provision,
            @Valid @RequestBody FindingInput input) {
        return findings.record(user, reference, provision, input);
    }
}
