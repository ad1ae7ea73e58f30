package org.advisorydesk.request;

import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.WorkRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a request's staff "last change" where its record's newest work is, in the transaction that
 * records the work (whatever changes a request's work has locked its row first: {@link RequestService#lockOpen}).
 */
@Component
class RequestLastChange {

    private final RequestRepository repository;

    RequestLastChange(RequestRepository repository) {
        this.repository = repository;
    }

    @EventListener
    void workRecorded(WorkRecorded work) {
        if (work.key() instanceof CaseKey.RequestCase request) {
            repository.workRecorded(request.reference(), work.at());
        }
    }
}
