package org.advisorydesk.task;

import java.util.List;
import java.util.Map;

/** A page of the task list, the total of its view and how many tasks each view holds. */
public record TaskListPage(TaskListQuery query, List<WorkTask> tasks, long total, Map<TaskView, Long> counts) {

    public int pages() {
        return (int) Math.max(1, (total + TaskListQuery.PAGE_SIZE - 1) / TaskListQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return query.page() > 0;
    }

    public boolean hasNext() {
        return query.page() + 1 < pages();
    }

    /** The position of the first task of the page, counting from 1. */
    public long first() {
        return total == 0 ? 0 : (long) query.page() * TaskListQuery.PAGE_SIZE + 1;
    }

    public long last() {
        return Math.min(total, (long) (query.page() + 1) * TaskListQuery.PAGE_SIZE);
    }
}
