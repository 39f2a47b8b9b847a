package org.gamescloud.depository.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.gamescloud.platform.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Documents in the log: the entry and a row to list them by, appended together or not at all. */
@Repository
class DocumentDeposits {

    private final DepositoryLog log;
    private final JdbcClient jdbc;

    DocumentDeposits(DepositoryLog log, JdbcClient jdbc) {
        this.log = log;
        this.jdbc = jdbc;
    }

    record DepositedDocument(
            long index,
            String title,
            String sha256,
            String mediaType,
            OffsetDateTime signedAt,
            List<String> parties,
            OffsetDateTime depositedAt) {}

    @Transactional
    public DepositoryLog.Appended deposit(DocumentDeposit document) {
        DepositoryLog.Appended appended = log.append(document.entry().getBytes(StandardCharsets.UTF_8));
        jdbc.sql("INSERT INTO depository_document"
                        + " (index, title, sha256, media_type, signed_at, parties, deposited_at)"
                        + " VALUES (:index, :title, :sha256, :mediaType, :signedAt, :parties, :at)")
                .param("index", appended.index())
                .param("title", document.title())
                .param("sha256", document.sha256())
                .param("mediaType", document.mediaType())
                .param("signedAt", document.signedAt())
                .param("parties", String.join("\n", document.parties()))
                .param("at", document.at().atOffset(ZoneOffset.UTC))
                .update();
        return appended;
    }

    List<DepositedDocument> list(Paging paging) {
        return jdbc.sql("SELECT * FROM depository_document ORDER BY index DESC LIMIT :size OFFSET :offset")
                .param("size", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> new DepositedDocument(
                        rs.getLong("index"),
                        rs.getString("title"),
                        HexFormat.of().formatHex(rs.getBytes("sha256")),
                        rs.getString("media_type"),
                        utc(rs.getTimestamp("signed_at")),
                        parties(rs.getString("parties")),
                        utc(rs.getTimestamp("deposited_at"))))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM depository_document")
                .query(Long.class)
                .single();
    }

    private static List<String> parties(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static OffsetDateTime utc(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
