-- Issue 16, write overhead: every index of open_task is paid by each task's insert. A State searched
-- within a signature is found in the signature's due-date order (a State's share of a signature's
-- tasks is read until the page is full), so the signature-and-State index goes.
DROP INDEX open_task_signature_state;
