package org.advisorydesk.document;

/** A stored document with its bytes, for download. */
public record DocumentContent(Document document, byte[] content) {
}
