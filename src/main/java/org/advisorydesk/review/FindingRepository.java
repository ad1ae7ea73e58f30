package org.advisorydesk.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.advisorydesk.identity.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings of legislative reviews. */
@Repository
class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the agency's finding on the provision. */
    void save(long requestId, Finding finding) {
        int updated = jdbc.sql("UPDATE finding SET assessment = ?, national_provision = ?, comment = ?, recorded_by = ?, "
                        + "recorded_at = ? WHERE request_id = ? AND provision = ? AND agency = ?")
                .params(finding.assessment().name(), finding.nationalProvision(), finding.comment(), finding.recordedBy(),
                        utc(finding.recordedAt()), requestId, finding.provision(), finding.agency().name())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO finding (request_id, provision, agency, assessment, national_provision, comment, "
                            + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(requestId, finding.provision(), finding.agency().name(), finding.assessment().name(),
                            finding.nationalProvision(), finding.comment(), finding.recordedBy(), utc(finding.recordedAt()))
                    .update();
        }
    }

    List<Finding> findByRequest(long requestId) {
        return jdbc.sql("SELECT provision, agency, assessment, national_provision, comment, recorded_by, recorded_at "
                        + "FROM finding WHERE request_id = ? ORDER BY provision, agency")
                .param(requestId)
                .query((rs, n) -> new Finding(rs.getString("provision"), Agency.valueOf(rs.getString("agency")),
                        Assessment.valueOf(rs.getString("assessment")), rs.getString("national_provision"),
                        rs.getString("comment"), rs.getString("recorded_by"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
