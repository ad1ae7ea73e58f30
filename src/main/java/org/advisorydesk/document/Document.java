package org.advisorydesk.document;

import org.advisorydesk.record.ActorSide;

import java.time.Instant;

/**
 * One version of a document attached to a request, without its content; {@code owner} is the side
 * whose document it is ({@code GOVERNMENT:PRY}, {@code AGENCY:OHCHR}, or null for an early upload).
 */
public record Document(
        long id,
        String name,
        int version,
        String mediaType,
        long size,
        String sha256,
        DocumentKind kind,
        String uploadedBy,
        Instant uploadedAt,
        String owner) {

    /** As a government reads it: staff named by their side ({@code OHCHR}), never by user id. */
    public Document forGovernment() {
        if (owner != null && ActorSide.parse(owner).isGovernment()) {
            return this;
        }
        return new Document(id, name, version, mediaType, size, sha256, kind,
                owner == null ? null : ActorSide.parse(owner).label(), uploadedAt, owner);
    }
}
