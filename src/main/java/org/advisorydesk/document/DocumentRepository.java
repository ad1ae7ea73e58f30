package org.advisorydesk.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The documents of requests, each version one row with its content. */
@Repository
class DocumentRepository {

    private static final String COLUMNS = "id, name, version, media_type, size_bytes, sha256, kind, uploaded_by, "
            + "uploaded_at, owner_side, generated";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest version of this name on the request, 0 when there is none yet. */
    int latestVersion(long requestId, String name) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM request_document WHERE request_id = ? AND name = ?")
                .params(requestId, name).query(Integer.class).single();
    }

    /** Whose the document of this name is and whether the product made it, from its first version. */
    Optional<Origin> originOf(long requestId, String name) {
        return jdbc.sql("SELECT owner_side, generated FROM request_document WHERE request_id = ? AND name = ? "
                        + "ORDER BY version LIMIT 1")
                .params(requestId, name)
                .query((rs, n) -> new Origin(rs.getString("owner_side"), rs.getBoolean("generated"))).optional();
    }

    record Origin(String owner, boolean generated) {
    }

    long insert(long requestId, DocumentUpload upload, int version, String sha256, String uploadedBy,
            Instant uploadedAt, String owner, boolean generated) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO request_document (request_id, name, version, media_type, size_bytes, sha256, kind, "
                        + "content, uploaded_by, uploaded_at, owner_side, generated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, upload.name(), version, upload.format().mediaType(), upload.content().length,
                        sha256, upload.kind().name(), upload.content(), uploadedBy, uploadedAt.atOffset(ZoneOffset.UTC),
                        owner, generated)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Document> findByRequest(long requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM request_document WHERE request_id = ? ORDER BY id")
                .param(requestId).query(DocumentRepository::map).list();
    }

    /** The document with its content, when it belongs to this request. */
    Optional<DocumentContent> findContent(long requestId, long documentId) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM request_document WHERE id = ? AND request_id = ?")
                .params(documentId, requestId)
                .query((rs, n) -> new DocumentContent(map(rs, n), rs.getBytes("content")))
                .optional();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getInt("version"),
                rs.getString("media_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("owner_side"));
    }
}
