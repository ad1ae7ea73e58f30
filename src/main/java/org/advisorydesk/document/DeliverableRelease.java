package org.advisorydesk.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.advisorydesk.record.ActorSide;
import org.advisorydesk.record.CaseEntry;
import org.advisorydesk.record.CaseKey;
import org.advisorydesk.record.CaseRecord;
import org.advisorydesk.record.EntryKind;
import org.advisorydesk.request.AssistanceRequest;
import org.advisorydesk.request.AssistanceType;
import org.advisorydesk.request.RequestService;
import org.advisorydesk.request.Routing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' approval of a branch (one assistance type of a request) releases to the government the
 * newest version of each deliverable not yet released, and the lead's conclusions of the branch (the
 * fields its forms release with the deliverable), in the name of the lead agency. Nothing before it,
 * and no superseded version, reaches the government.
 */
@Service
public class DeliverableRelease {

    private final DocumentService documents;
    private final RequestService requests;
    private final CaseRecord record;

    DeliverableRelease(DocumentService documents, RequestService requests, CaseRecord record) {
        this.documents = documents;
        this.requests = requests;
        this.record = record;
    }

    /** Releases what the branch, the process instance {@code branchInstanceId}, approved. */
    @Transactional
    public void release(String reference, AssistanceType type, String branchInstanceId) {
        AssistanceRequest request = requests.byReference(Set.of(reference)).get(reference);
        CaseKey key = CaseKey.request(reference);
        Set<Long> released = documents.released(reference);
        List<Map<String, Object>> versions = documents.latestDeliverables(request).stream()
                .filter(d -> !released.contains(d.id()))
                .map(d -> Map.<String, Object>of("id", d.id(), "name", d.name(), "version", d.version()))
                .toList();
        String conclusions = record.latest(key, EntryKind.STEP_COMPLETED,
                        e -> branchInstanceId.equals(e.text("processInstanceId")) && e.releasedText().isPresent())
                .flatMap(CaseEntry::releasedText)
                .orElse(null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("assistanceType", type.name());
        payload.put("documents", versions);
        payload.put("text", conclusions);
        ActorSide lead = requests.routingOf(reference).stream().filter(r -> r.assistanceType() == type)
                .map(Routing::lead).findFirst().map(ActorSide::agency).orElse(ActorSide.SYSTEM);
        record.append(key, EntryKind.DELIVERABLE_RELEASED, null, lead, payload);
    }
}
