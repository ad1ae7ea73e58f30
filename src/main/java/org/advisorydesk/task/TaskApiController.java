package org.advisorydesk.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.advisorydesk.identity.CurrentUser;
import org.advisorydesk.request.NewComment;
import org.advisorydesk.web.Choice;
import org.advisorydesk.web.InvalidInputException;
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

/** The caller's open tasks: {@code /api/tasks}. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Open work of the caller and their groups")
class TaskApiController {

    private final TaskInbox inbox;
    private final TaskList taskList;

    TaskApiController(TaskInbox inbox, TaskList taskList) {
        this.inbox = inbox;
        this.taskList = taskList;
    }

    @GetMapping
    @Operation(summary = "Open tasks of one view of the task list (by default the caller's and their groups'), "
            + "searched, sorted and paged as the task list's page: view = mine, groups, unassigned, overdue; "
            + "sort = due, created, task, reference, state, assignee; dir = asc, desc; q = a State (code or name) "
            + "or a reference's beginning or end; page from 0 and size up to 200 (100 when only page is given); "
            + "without page and size, every task of the view. The total is in X-Total-Count, the neighbouring pages in Link")
    ResponseEntity<List<WorkTask>> list(CurrentUser user,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        if (dir != null && !dir.isBlank() && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
            throw new InvalidInputException("dir", "must be asc or desc");
        }
        int number = number("page", page, 0, Integer.MAX_VALUE / TaskList.MAX_PAGE_SIZE);
        int pageSize = number("size", size, 100, TaskList.MAX_PAGE_SIZE);
        if (pageSize < 1) {
            throw new InvalidInputException("size", "must be from 1 to " + TaskList.MAX_PAGE_SIZE);
        }
        if (q != null && q.length() > 100) {
            throw new InvalidInputException("q", "must be at most 100 characters");
        }
        TaskListQuery query = new TaskListQuery(Choice.of(TaskView.class, "view", view, TaskView.GROUPS),
                Choice.of(TaskSort.class, "sort", sort, TaskSort.CREATED), "desc".equalsIgnoreCase(dir), q, number);
        if (page == null && size == null) {
            TaskListPage all = taskList.everything(user, query);
            return ResponseEntity.ok().header("X-Total-Count", String.valueOf(all.total())).body(all.tasks());
        }
        TaskListPage result = taskList.page(user, query, pageSize);
        long last = Math.max(0, (result.total() - 1) / pageSize);
        List<String> links = new ArrayList<>();
        links.add(link(0, "first"));
        if (number > 0) {
            links.add(link(Math.min(number - 1, last), "prev"));
        }
        if (number < last) {
            links.add(link(number + 1, "next"));
        }
        links.add(link(last, "last"));
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(result.total()))
                .header(HttpHeaders.LINK, String.join(", ", links))
                .body(result.tasks());
    }

    private static int number(String field, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > max) {
                throw new InvalidInputException(field, "must be from 0 to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    private static String link(long page, String rel) {
        return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).toUriString()
                + ">; rel=\"" + rel + "\"";
    }

    @PostMapping("/{id}/claim")
    @ApiResponse(responseCode = "204", description = "Done; no content")
    @Operation(summary = "Take a task of one of the caller's groups")
    ResponseEntity<Void> claim(CurrentUser user, @PathVariable String id) {
        inbox.claim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/unclaim")
    @ApiResponse(responseCode = "204", description = "Done; no content")
    @Operation(summary = "Give a task back to its group")
    ResponseEntity<Void> unclaim(CurrentUser user, @PathVariable String id) {
        inbox.unclaim(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assign")
    @ApiResponse(responseCode = "204", description = "Done; no content")
    @Operation(summary = "Hand a task over to a colleague of one of its groups")
    ResponseEntity<Void> handOver(CurrentUser user, @PathVariable String id, @Valid @RequestBody HandOver body) {
        inbox.handOver(user, id, body.userId());
        return ResponseEntity.noContent().build();
    }

    /** The body of a hand-over. */
    record HandOver(@NotBlank @Size(max = 64) String userId) {
    }

    @PostMapping("/{id}/comments")
    @ApiResponse(responseCode = "201", description = "Created (stored before this answer)")
    @Operation(summary = "Comment on a task, kept in its case's record: among staff, or addressed to the requesting "
            + "government with toGovernment")
    ResponseEntity<Void> comment(CurrentUser user, @PathVariable String id, @Valid @RequestBody NewComment body) {
        inbox.comment(user, id, body.text(), Boolean.TRUE.equals(body.toGovernment()));
        return ResponseEntity.status(201).build();
    }

    @PostMapping("/{id}/complete")
    @ApiResponse(responseCode = "204", description = "Done; no content")
    @Operation(summary = "Complete a task with the values of its form (checked against forms/<form id>.form)")
    ResponseEntity<Void> complete(CurrentUser user, @PathVariable String id,
            @RequestBody(required = false) Map<String, Object> values) {
        inbox.complete(user, id, values);
        return ResponseEntity.noContent().build();
    }
}
