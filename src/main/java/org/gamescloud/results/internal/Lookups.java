package org.gamescloud.results.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;

/**
 * What applying a message reads besides the unit's own state: the catalog (units, events, competitors, entries), the
 * unit's start list and the event's standing records. For a single message each is read when asked. For a batch
 * ({@link #forBatch}) each is read once and remembered until the batch ends, so a batch of 200 live updates of a few
 * units reads the catalog a few times rather than a thousand; of what the batch itself changes, a new start list is
 * remembered as the batch wrote it and a record set is forgotten at once. Nothing outlives the batch, so no cache has to learn of edits to the catalog,
 * on this node or another. A batch also locks its units once ({@link #lockForBatch}) and from then on keeps their
 * state itself: no other writer can change a unit it holds locked.
 *
 * <p>Not thread-safe: a batch is applied by one thread.
 */
final class Lookups {

    private final GamesCatalog catalog;
    private final Revisions revisions;
    private final RecordKeeper records;
    private final boolean remember;
    private final Map<String, Optional<CompetitionUnit>> units = new HashMap<>();
    private final Map<String, Optional<Event>> events = new HashMap<>();
    private final Map<String, Competitor> competitors = new HashMap<>();
    private final Map<String, Set<String>> entries = new HashMap<>();
    private final Map<String, Optional<List<String>>> startLists = new HashMap<>();
    private final Map<String, Map<String, RecordKeeper.Standing>> standings = new HashMap<>();
    private final Map<String, Optional<Revisions.UnitState>> locked = new HashMap<>();
    private final Map<String, Revisions.StoredMessage> seen = new HashMap<>();

    private Lookups(GamesCatalog catalog, Revisions revisions, RecordKeeper records, boolean remember) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.records = records;
        this.remember = remember;
    }

    static Lookups forMessage(GamesCatalog catalog, Revisions revisions, RecordKeeper records) {
        return new Lookups(catalog, revisions, records, false);
    }

    static Lookups forBatch(GamesCatalog catalog, Revisions revisions, RecordKeeper records) {
        return new Lookups(catalog, revisions, records, true);
    }

    Optional<CompetitionUnit> findUnit(String code) {
        return remember ? units.computeIfAbsent(code, catalog::findUnit) : catalog.findUnit(code);
    }

    Optional<Event> findEvent(String code) {
        return remember ? events.computeIfAbsent(code, catalog::findEvent) : catalog.findEvent(code);
    }

    /** The known ones of the competitors, by code. */
    Map<String, Competitor> findCompetitors(Collection<String> codes) {
        if (!remember) {
            return catalog.findCompetitors(codes);
        }
        List<String> unknown =
                codes.stream().filter(code -> !competitors.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            competitors.putAll(catalog.findCompetitors(unknown));
        }
        Map<String, Competitor> found = new HashMap<>();
        for (String code : codes) {
            Competitor competitor = competitors.get(code);
            if (competitor != null) {
                found.put(code, competitor);
            }
        }
        return found;
    }

    Set<String> listEntries(String eventCode) {
        return remember ? entries.computeIfAbsent(eventCode, catalog::listEntries) : catalog.listEntries(eventCode);
    }

    /** The competitors of the unit's latest start list, if it has one. */
    Optional<List<String>> findStartList(String unitCode) {
        return remember
                ? startLists.computeIfAbsent(unitCode, revisions::findStartList)
                : revisions.findStartList(unitCode);
    }

    /** The event's records as they stand, ignoring those the unit set. */
    Map<String, RecordKeeper.Standing> standing(String eventCode, String unitCode) {
        return remember
                ? standings.computeIfAbsent(eventCode + "/" + unitCode, key -> records.standing(eventCode, unitCode))
                : records.standing(eventCode, unitCode);
    }

    /**
     * Locks the units a batch is about to write and reads at once where they stand and which of the batch's messages
     * they have seen: each message of the batch then needs no round trip of its own for that.
     *
     * @param messageIds the ids of the batch's messages, by unit
     */
    void lockForBatch(Map<String, ? extends Collection<String>> messageIds) {
        if (!remember || messageIds.isEmpty()) {
            return;
        }
        locked.putAll(revisions.lockUnits(messageIds.keySet()));
        seen.putAll(revisions.findMessages(
                messageIds.keySet(),
                messageIds.values().stream().flatMap(Collection::stream).collect(Collectors.toSet())));
    }

    /** Locks the unit (for the rest of the transaction) and reads where it stands and whether it saw the message. */
    Revisions.Locked lock(String unitCode, String messageId) {
        Optional<Revisions.UnitState> state = locked.get(unitCode);
        if (state == null) {
            return revisions.lockUnit(unitCode, messageId);
        }
        return new Revisions.Locked(state, Optional.ofNullable(seen.get(Revisions.messageKey(unitCode, messageId))));
    }

    /** A message was applied: the unit's new state, and the message seen, for the rest of the batch. */
    void applied(Revisions.UnitState state, String messageId, Revisions.StoredMessage message) {
        if (locked.containsKey(state.unitCode())) {
            locked.put(state.unitCode(), Optional.of(state));
            seen.put(Revisions.messageKey(state.unitCode(), messageId), message);
        }
    }

    /** The unit has a new start list: these competitors. */
    void startListChanged(String unitCode, List<String> competitors) {
        if (remember) {
            startLists.put(unitCode, Optional.of(List.copyOf(competitors)));
        }
    }

    /** Records of the event were set or withdrawn. */
    void recordsChanged(String eventCode) {
        standings.keySet().removeIf(key -> key.startsWith(eventCode + "/"));
    }
}
