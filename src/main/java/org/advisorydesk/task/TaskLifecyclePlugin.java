package org.advisorydesk.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process the same lifecycle, without a listener in each BPMN: on
 * creation a due date (staff tasks) and word to the group, on completion a step in the request's
 * history; from creation to its end (claims, cancellation), the task's interval for the dashboards.
 * The listeners reach their Spring bean lazily: the engine is built before it.
 */
@Component
class TaskLifecyclePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskLifecycle> lifecycle;

    TaskLifecyclePlugin(ObjectProvider<TaskLifecycle> lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener created = task -> lifecycle.getObject().created(task);
        TaskListener completed = (DelegateTask task) -> lifecycle.getObject().completed(task);
        TaskListener assigned = (DelegateTask task) -> lifecycle.getObject().assigned(task);
        TaskListener deleted = (DelegateTask task) -> lifecycle.getObject().deleted(task);
        TaskListener updated = (DelegateTask task) -> lifecycle.getObject().updated(task);
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, deleted);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, updated);
            }
        });
    }
}
