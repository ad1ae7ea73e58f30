package org.advisorydesk.document;

import java.time.Instant;

/** One version of a document attached to a request, without its content. */
public record Document(
        long id,
        String name,
        int version,
        String mediaType,
        long size,
        String sha256,
        DocumentKind kind,
        String uploadedBy,
        Instant uploadedAt) {
}
