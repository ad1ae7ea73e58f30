package org.advisorydesk.task;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.NewComment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's open tasks: {@code /api/tasks}. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Open work of the caller and their groups")
class TaskApiController {

    private final TaskInbox inbox;

    TaskApiController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Open tasks assigned to the caller or to one of the caller's groups")
    List<WorkTask> list(CurrentUser user) {
        return inbox.openTasks(user);
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take a task of one of the caller's groups")
    ResponseEntity<Void> claim(CurrentUser user, @PathVariable String id) {
        inbox.claim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Give a task back to its group")
    ResponseEntity<Void> unclaim(CurrentUser user, @PathVariable String id) {
        inbox.unclaim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Hand a task over to a colleague of one of its groups")
    ResponseEntity<Void> handOver(CurrentUser user, @PathVariable String id, @Valid @RequestBody HandOver body) {
        inbox.handOver(user, id, body.userId());
        return ResponseEntity.noContent().build();
    }

    /** The body of a hand-over. */
    record HandOver(@NotBlank @Size(max = 64) String userId) {
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Comment on a task, kept in its case's record: among staff, or addressed to the requesting "
            + "government with toGovernment")
    ResponseEntity<Void> comment(CurrentUser user, @PathVariable String id, @Valid @RequestBody NewComment body) {
        inbox.comment(user, id, body.text(), Boolean.TRUE.equals(body.toGovernment()));
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Complete a task with the values of its form (checked against forms/<form id>.form)")
    ResponseEntity<Void> complete(CurrentUser user, @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> values) {
        inbox.complete(user, id, values);
        return ResponseEntity.noContent().build();
    }
}
