package org.advisorydesk.task;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before anything else works on the tasks: the task list's read model is rebuilt from the
 * engine when it does not hold the engine's open tasks (a database from before the read model, or one
 * whose engine tables were changed from outside the product).
 */
@Component
@Order(1)
class OpenTasksCheck implements ApplicationRunner {

    private final OpenTasks openTasks;
    private final TransactionTemplate transaction;

    OpenTasksCheck(OpenTasks openTasks, TransactionTemplate transaction) {
        this.openTasks = openTasks;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (!openTasks.inStep()) {
                openTasks.rebuild();
            }
        });
    }
}
