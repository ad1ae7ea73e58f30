package org.advisorydesk.task;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the task-list benchmark only: the read model's listener writes off, to time the engine's work
 * without them in the same run, and back on with the model rebuilt from the engine.
 */
public final class ReadModelWrites {

    private ReadModelWrites() {
    }

    public static void off(ApplicationContext desk) {
        desk.getBean(OpenTasks.class).writing(false);
    }

    public static void on(ApplicationContext desk) {
        desk.getBean(OpenTasks.class).writing(true);
    }

    public static void onAndRebuilt(ApplicationContext desk) {
        OpenTasks openTasks = desk.getBean(OpenTasks.class);
        openTasks.writing(true);
        desk.getBean(TransactionTemplate.class).executeWithoutResult(status -> openTasks.rebuild());
    }
}
