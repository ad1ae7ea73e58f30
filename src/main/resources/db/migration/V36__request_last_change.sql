-- Issue 15: staff's "Last change" of a request is the later of its last status change (updated_at) and
-- the newest work in its record (a step, a routing, a question or answer, a document, a comment, a
-- release, a closure; not notices or reminders). Kept on the request so that the staff's request list
-- is sorted by what it shows from an index, as updated_at keeps the governments' list.
ALTER TABLE assistance_request ADD COLUMN last_change_at TIMESTAMP WITH TIME ZONE;
UPDATE assistance_request SET last_change_at = GREATEST(updated_at, COALESCE(
    (SELECT MAX(e.occurred_at) FROM case_entry e WHERE e.case_key = assistance_request.reference
        AND e.kind IN ('STATUS_CHANGED', 'STEP_COMPLETED', 'ROUTING_DECIDED', 'ROUTING_OVERRIDDEN', 'QUESTION_ASKED',
                       'ANSWER_GIVEN', 'CLOSURE_REASON', 'DOCUMENT_ADDED', 'DELIVERABLE_RELEASED', 'COMMENT', 'WITHDRAWN')),
    updated_at));
ALTER TABLE assistance_request ALTER COLUMN last_change_at SET NOT NULL;
CREATE INDEX assistance_request_last_change ON assistance_request (last_change_at DESC, id DESC);
CREATE INDEX assistance_request_state_last_change ON assistance_request (requesting_state, last_change_at DESC, id DESC);
