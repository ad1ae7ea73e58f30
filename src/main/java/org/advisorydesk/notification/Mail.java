package org.advisorydesk.notification;

/** The text of one notification, as every recipient reads it. */
record Mail(String subject, String body) {
}
