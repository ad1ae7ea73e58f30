package org.advisorydesk.notification;

import java.util.List;

/** Published when notifications were recorded, so that they are sent once the work that caused them commits. */
record NotificationsRecorded(List<Envelope> envelopes) {

    NotificationsRecorded {
        envelopes = List.copyOf(envelopes);
    }
}
