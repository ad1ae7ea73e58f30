package org.advisorydesk.dashboard;

import java.net.URI;
import java.util.List;

import org.advisorydesk.identity.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' threshold alerts as JSON: {@code GET} lists them with their state, {@code POST}
 * {@code {"metric":"OVERDUE_TASKS","agency":"ILO","comparison":"ABOVE","threshold":5}} adds one,
 * {@code DELETE /api/dashboard/alerts/7} removes one.
 */
@RestController
class AlertApiController {

    private final AlertRules rules;

    AlertApiController(AlertRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/dashboard/alerts")
    List<AlertRule> list(CurrentUser user) {
        return rules.all(user);
    }

    @PostMapping("/api/dashboard/alerts")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    ResponseEntity<AlertRule> add(CurrentUser user, @RequestBody NewAlertRule rule) {
        AlertRule added = rules.add(user, rule);
        return ResponseEntity.created(URI.create("/api/dashboard/alerts/" + added.id())).body(added);
    }

    @DeleteMapping("/api/dashboard/alerts/{id}")
    @ApiResponse(responseCode = "204", description = "Done; no content")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable long id) {
        rules.remove(user, id);
        return ResponseEntity.noContent().build();
    }
}
