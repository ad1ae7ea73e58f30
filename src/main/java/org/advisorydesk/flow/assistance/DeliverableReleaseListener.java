package org.advisorydesk.flow.assistance;

import static org.advisorydesk.request.AssistanceRequestVariables.ASSISTANCE_TYPE;

import org.advisorydesk.document.DeliverableRelease;
import org.advisorydesk.request.AssistanceType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Used by each branch process on its <em>approved</em> flow as {@code ${deliverables.release(execution)}}:
 * the managers' approval releases the branch's deliverables to the government. The branch is its
 * process instance: the lead's conclusions are those completed in it.
 */
@Component("deliverables")
public class DeliverableReleaseListener {

    private final DeliverableRelease release;

    DeliverableReleaseListener(DeliverableRelease release) {
        this.release = release;
    }

    public void release(DelegateExecution execution) {
        release.release(execution.getProcessBusinessKey(), AssistanceType.valueOf(ASSISTANCE_TYPE.get(execution)),
                execution.getProcessInstanceId());
    }
}
