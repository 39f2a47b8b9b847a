package org.gamescloud.results.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revisions of every unit's results. Revisions are only ever inserted: there is no update or delete of a
 * revision, so the whole history of a unit stays readable.
 */
@Repository
class Revisions {

    /** Where a unit stands: its latest revision. */
    record UnitState(String unitCode, ResultStatus status, int revision, long lastSequence) {}

    record Revision(
            int revision,
            ResultStatus status,
            long sequence,
            String messageId,
            String note,
            boolean correction,
            OffsetDateTime at,
            String appliedBy,
            Long depositoryIndex) {}

    record StoredMessage(String bodyHash, int revision) {}

    /** A competitor's line in a unit's latest results. */
    record CompetitorResult(
            String unitCode, ResultStatus status, Integer rank, String mark, String irm, String medal) {}

    private static final TypeReference<List<UnitResults.Line>> LINES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    private final RevisionWrites writes;

    Revisions(JdbcClient jdbc, JsonMapper json, RevisionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    /** Where the unit stands, and whether it has seen the message before: read under the unit's lock. */
    record Locked(Optional<UnitState> state, Optional<StoredMessage> seen) {}

    /**
     * Serialises the writers of one unit, so that every message of a unit is applied after the previous one, and reads
     * in the same round trip where the unit stands and whether the message was applied before.
     */
    Locked lockUnit(String unitCode, String messageId) {
        writes.flush();
        return jdbc.sql("""
                SELECT u.status, u.revision, u.last_sequence, m.body_hash, m.revision AS seen_revision
                FROM competition_unit c
                LEFT JOIN unit_result u ON u.unit_code = c.code
                LEFT JOIN result_message m ON m.unit_code = c.code AND m.message_id = :id
                WHERE c.code = :unit
                FOR UPDATE OF c
                """)
                .param("unit", unitCode)
                .param("id", messageId)
                .query((rs, row) -> new Locked(
                        rs.getString("status") == null
                                ? Optional.empty()
                                : Optional.of(new UnitState(
                                        unitCode,
                                        ResultStatus.valueOf(rs.getString("status")),
                                        rs.getInt("revision"),
                                        rs.getLong("last_sequence"))),
                        rs.getString("body_hash") == null
                                ? Optional.empty()
                                : Optional.of(
                                        new StoredMessage(rs.getString("body_hash"), rs.getInt("seen_revision")))))
                .single();
    }

    /**
     * Locks the units of a batch at once, in code order (two batches locking some of the same units never wait for
     * each other in a cycle), and reads where each stands: one round trip for the batch instead of one per message.
     */
    Map<String, Optional<UnitState>> lockUnits(Collection<String> unitCodes) {
        writes.flush();
        Map<String, Optional<UnitState>> states = new HashMap<>();
        if (unitCodes.isEmpty()) {
            return states;
        }
        jdbc.sql("""
                SELECT c.code, u.status, u.revision, u.last_sequence
                FROM competition_unit c
                LEFT JOIN unit_result u ON u.unit_code = c.code
                WHERE c.code IN (:units)
                ORDER BY c.code
                FOR UPDATE OF c
                """)
                .param("units", List.copyOf(unitCodes))
                .query((rs, row) -> states.put(
                        rs.getString("code"),
                        rs.getString("status") == null
                                ? Optional.empty()
                                : Optional.of(new UnitState(
                                        rs.getString("code"),
                                        ResultStatus.valueOf(rs.getString("status")),
                                        rs.getInt("revision"),
                                        rs.getLong("last_sequence")))))
                .list();
        return states;
    }

    /** The messages of these ids already applied to these units, by {@link #messageKey}. */
    Map<String, StoredMessage> findMessages(Collection<String> unitCodes, Collection<String> messageIds) {
        writes.flush();
        Map<String, StoredMessage> seen = new HashMap<>();
        if (unitCodes.isEmpty() || messageIds.isEmpty()) {
            return seen;
        }
        jdbc.sql("SELECT unit_code, message_id, body_hash, revision FROM result_message"
                        + " WHERE unit_code IN (:units) AND message_id IN (:ids)")
                .param("units", List.copyOf(unitCodes))
                .param("ids", List.copyOf(messageIds))
                .query((rs, row) -> seen.put(
                        messageKey(rs.getString("unit_code"), rs.getString("message_id")),
                        new StoredMessage(rs.getString("body_hash"), rs.getInt("revision"))))
                .list();
        return seen;
    }

    static String messageKey(String unitCode, String messageId) {
        return unitCode + '\n' + messageId;
    }

    /** The competitors of the unit's latest start list, if it has one. */
    Optional<List<String>> findStartList(String unitCode) {
        writes.flush();
        return jdbc.sql("SELECT results FROM result_revision WHERE unit_code = :unit AND status = 'START_LIST'"
                        + " ORDER BY revision DESC LIMIT 1")
                .param("unit", unitCode)
                .query((rs, row) ->
                        lines(rs).stream().map(UnitResults.Line::competitor).toList())
                .optional();
    }

    /**
     * Stores the revision, the message's id and the unit's new state in one statement, sent with the transaction's
     * other revisions before it commits or reads again ({@link RevisionWrites}).
     *
     * @param messageJson the message as received, serialised once for its hash and for storage
     */
    void append(
            UnitResults results,
            ResultsMessage message,
            String messageJson,
            String bodyHash,
            boolean correction,
            String appliedBy) {
        writes.append(new MapSqlParameterSource()
                .addValue("unit", results.unitCode())
                .addValue("revision", results.revision())
                .addValue("status", results.status().name())
                .addValue("sequence", message.sequence())
                .addValue("messageId", message.messageId())
                .addValue("note", message.note())
                .addValue("correction", correction)
                .addValue("at", results.updatedAt())
                .addValue("by", appliedBy)
                .addValue("results", json.writeValueAsString(results.results()))
                .addValue("message", messageJson)
                .addValue("hash", bodyHash));
    }

    Optional<UnitResults> find(String unitCode, String eventCode, int revision) {
        writes.flush();
        return jdbc.sql("SELECT revision, status, applied_at, results FROM result_revision"
                        + " WHERE unit_code = :unit AND revision = :revision")
                .param("unit", unitCode)
                .param("revision", revision)
                .query((rs, row) -> map(rs, unitCode, eventCode))
                .optional();
    }

    Optional<UnitResults> findLatest(String unitCode, String eventCode) {
        writes.flush();
        return jdbc.sql("SELECT r.revision, r.status, r.applied_at, r.results FROM unit_result u"
                        + " JOIN result_revision r ON r.unit_code = u.unit_code AND r.revision = u.revision"
                        + " WHERE u.unit_code = :unit")
                .param("unit", unitCode)
                .query((rs, row) -> map(rs, unitCode, eventCode))
                .optional();
    }

    long countRevisions(String unitCode) {
        writes.flush();
        return jdbc.sql("SELECT count(*) FROM result_revision WHERE unit_code = :unit")
                .param("unit", unitCode)
                .query(Long.class)
                .single();
    }

    List<Revision> listRevisions(String unitCode, Paging paging) {
        writes.flush();
        return jdbc.sql("""
                SELECT r.revision, r.status, r.sequence, r.message_id, r.note, r.correction, r.applied_at, r.applied_by,
                       n.depository_index
                FROM result_revision r
                LEFT JOIN result_notarisation n ON n.unit_code = r.unit_code AND n.revision = r.revision
                WHERE r.unit_code = :unit ORDER BY r.revision LIMIT :limit OFFSET :offset
                """)
                .param("unit", unitCode)
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> new Revision(
                        rs.getInt("revision"),
                        ResultStatus.valueOf(rs.getString("status")),
                        rs.getLong("sequence"),
                        rs.getString("message_id"),
                        rs.getString("note"),
                        rs.getBoolean("correction"),
                        localTime(rs, "applied_at"),
                        rs.getString("applied_by"),
                        (Long) rs.getObject("depository_index")))
                .list();
    }

    /** The competitor's lines in the latest results of every unit, in the order of the units' start. */
    List<CompetitorResult> listResultsOf(String competitor) {
        writes.flush();
        return jdbc.sql("""
                SELECT u.unit_code, r.status, line ->> 'rank' AS rank, line ->> 'mark' AS mark,
                       line ->> 'irm' AS irm, line ->> 'medal' AS medal
                FROM unit_result u
                JOIN result_revision r ON r.unit_code = u.unit_code AND r.revision = u.revision
                JOIN competition_unit c ON c.code = u.unit_code
                CROSS JOIN LATERAL jsonb_array_elements(r.results) AS line
                WHERE line ->> 'competitor' = :competitor
                ORDER BY c.start_time, u.unit_code
                """)
                .param("competitor", competitor)
                .query((rs, row) -> new CompetitorResult(
                        rs.getString("unit_code"),
                        ResultStatus.valueOf(rs.getString("status")),
                        rs.getString("rank") == null ? null : Integer.valueOf(rs.getString("rank")),
                        rs.getString("mark"),
                        rs.getString("irm"),
                        rs.getString("medal")))
                .list();
    }

    /** Records where the depository notarised a revision; reported again, it changes nothing. */
    void recordNotarisation(String unitCode, int revision, long depositoryIndex) {
        writes.flush();
        jdbc.sql("INSERT INTO result_notarisation (unit_code, revision, depository_index)"
                        + " VALUES (:unit, :revision, :index) ON CONFLICT DO NOTHING")
                .param("unit", unitCode)
                .param("revision", revision)
                .param("index", depositoryIndex)
                .update();
    }

    private UnitResults map(ResultSet rs, String unitCode, String eventCode) throws SQLException {
        ResultStatus status = ResultStatus.valueOf(rs.getString("status"));
        return new UnitResults(
                unitCode,
                eventCode,
                status,
                status.scheduleStatus(),
                rs.getInt("revision"),
                localTime(rs, "applied_at"),
                lines(rs));
    }

    private List<UnitResults.Line> lines(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("results"), LINES);
    }

    private static OffsetDateTime localTime(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class)
                .atZoneSameInstant(GamesClock.GAMES_ZONE)
                .toOffsetDateTime();
    }
}
