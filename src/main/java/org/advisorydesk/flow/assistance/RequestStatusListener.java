package org.advisorydesk.flow.assistance;

import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.RequestStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Used by the BPMN as {@code ${requestStatus.enter(execution, 'IN_SCREENING')}} to keep the status current. */
@Component("requestStatus")
public class RequestStatusListener {

    private final RequestService requests;

    RequestStatusListener(RequestService requests) {
        this.requests = requests;
    }

    public void enter(DelegateExecution execution, String status) {
        requests.enterStatus(execution.getProcessBusinessKey(), RequestStatus.valueOf(status));
    }
}
