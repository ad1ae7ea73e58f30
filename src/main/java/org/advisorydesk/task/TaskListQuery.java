package org.advisorydesk.task;

/**
 * One page of one view of the task list: sorted, optionally narrowed by a search for a request
 * reference (or part of it) or a State (ISO 3166 alpha-3 code or name).
 */
public record TaskListQuery(TaskView view, TaskSort sort, boolean descending, String search, int page) {

    public static final int PAGE_SIZE = 25;

    public TaskListQuery {
        view = view == null ? TaskView.GROUPS : view;
        sort = sort == null ? TaskSort.DUE : sort;
        search = search == null || search.isBlank() ? null : search.strip();
        page = Math.max(page, 0);
    }

    public TaskListQuery withView(TaskView other) {
        return new TaskListQuery(other, sort, descending, search, 0);
    }
}
