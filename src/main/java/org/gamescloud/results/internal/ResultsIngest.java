package org.gamescloud.results.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Event;
import org.gamescloud.games.GamesCatalog;
import org.gamescloud.identity.Role;
import org.gamescloud.identity.VenueScopes;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.results.MedalAward;
import org.gamescloud.results.MedalsAwarded;
import org.gamescloud.results.ResultOfficialised;
import org.gamescloud.results.ResultStatus;
import org.gamescloud.results.UnitResults;
import org.gamescloud.results.UnitResultsChanged;
import org.gamescloud.results.internal.Revisions.UnitState;
import org.gamescloud.results.internal.ranking.InvalidResultException;
import org.gamescloud.results.internal.ranking.RankedResult;
import org.gamescloud.results.internal.ranking.RankingRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a results message to a unit, or refuses it whole. Checks run in the order a venue system can act on: who
 * may write, whether the message was seen before, whether it is stale or moves the unit backwards, whether its
 * competitors and marks are valid. Only then is a revision appended, medals re-awarded and events published, all in
 * one transaction with the unit locked, so that concurrent messages of a unit apply one after the other.
 *
 * <p>The messages of a batch of the bulk endpoint are applied in the batch's one transaction, one disk flush for the
 * batch, and without a savepoint each: a message is refused, if at all, before its first write, so it leaves the
 * batch's other messages applied and changes nothing itself.
 */
@Service
class ResultsIngest {

    /** The unit's results after the message, and whether the message had been applied before (a replay). */
    record Outcome(UnitResults results, boolean replay) {}

    private final GamesCatalog catalog;
    private final VenueScopes scopes;
    private final Revisions revisions;
    private final MedalAllocation medals;
    private final CompetitorCheck competitors;
    private final RecordKeeper records;
    private final GamesClock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ResultsIngest(
            GamesCatalog catalog,
            VenueScopes scopes,
            Revisions revisions,
            MedalAllocation medals,
            CompetitorCheck competitors,
            RecordKeeper records,
            GamesClock clock,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            JsonMapper json) {
        this.catalog = catalog;
        this.scopes = scopes;
        this.revisions = revisions;
        this.medals = medals;
        this.competitors = competitors;
        this.records = records;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
    }

    /** Applies the message in a transaction of its own. */
    Outcome apply(String unitCode, ResultsMessage message, Authentication writer) {
        Lookups lookups = Lookups.forMessage(catalog, revisions, records);
        Prepared prepared = prepare(unitCode, message, writer, lookups);
        return transaction.execute(status -> applyLocked(prepared, message, writer.getName(), lookups));
    }

    /**
     * What a batch reads once, in the batch's transaction: pass it to each message of the batch. The units the writer
     * may write to are locked at once, and where they stand is read in one round trip.
     *
     * @param messageIds the ids of the batch's messages, by unit code
     */
    Lookups lookupsForBatch(Map<String, ? extends Collection<String>> messageIds, Authentication writer) {
        Lookups lookups = Lookups.forBatch(catalog, revisions, records);
        Map<String, Collection<String>> writable = new HashMap<>();
        messageIds.forEach((unitCode, ids) -> lookups.findUnit(unitCode)
                .filter(unit -> scopes.mayActFor(writer, Role.RESULTS_OPERATOR, unit.venue()))
                .ifPresent(unit -> writable.put(unit.code(), ids)));
        lookups.lockForBatch(writable);
        return lookups;
    }

    /**
     * Applies a message of a batch, in the batch's transaction and without a savepoint of its own: every refusal is
     * decided before the message's first write, so a refused message has changed nothing and the batch goes on. A
     * failure after the first write is not a refusal: it ends the batch's transaction.
     */
    Outcome applyInBatch(String unitCode, ResultsMessage message, Authentication writer, Lookups lookups) {
        Prepared prepared = prepare(unitCode, message, writer, lookups);
        return applyLocked(prepared, message, writer.getName(), lookups);
    }

    /** The message's unit and event, once the writer may write to it, and the message serialised once. */
    private record Prepared(CompetitionUnit unit, Event event, String messageJson, String bodyHash) {}

    private Prepared prepare(String unitCode, ResultsMessage message, Authentication writer, Lookups lookups) {
        CompetitionUnit unit = lookups.findUnit(unitCode).orElseThrow(() -> Problems.notFound("No unit " + unitCode));
        if (!scopes.mayActFor(writer, Role.RESULTS_OPERATOR, unit.venue())) {
            throw Problems.forbidden("You may not write results for units at " + unit.venue());
        }
        Event event = lookups.findEvent(unit.event()).orElseThrow();
        String messageJson = json.writeValueAsString(message);
        return new Prepared(unit, event, messageJson, hash(messageJson));
    }

    private Outcome applyLocked(Prepared prepared, ResultsMessage message, String writer, Lookups lookups) {
        CompetitionUnit unit = prepared.unit();
        Event event = prepared.event();
        Revisions.Locked locked = lookups.lock(unit.code(), message.messageId());
        Optional<Revisions.StoredMessage> seen = locked.seen();
        if (seen.isPresent()) {
            if (!seen.get().bodyHash().equals(prepared.bodyHash())) {
                throw Problems.conflict("Message " + message.messageId() + " was applied before with another body");
            }
            return new Outcome(
                    revisions
                            .find(unit.code(), unit.event(), seen.get().revision())
                            .orElseThrow(),
                    true);
        }
        Optional<UnitState> state = locked.state();
        checkOrder(message, state);
        boolean correction =
                state.map(current -> current.status() == ResultStatus.OFFICIAL).orElse(false);
        if (correction && (message.note() == null || message.note().isBlank())) {
            throw Problems.badRequest("A change to an OFFICIAL unit is a correction and needs a note");
        }
        var lines = message.lines();
        var entrants = competitors.check(unit, event, message.status(), lines, lookups);
        List<RankedResult> ranked;
        try {
            ranked = RankingRules.of(event.scoring()).rank(lines);
        } catch (InvalidResultException e) {
            throw Problems.badRequest(e.getMessage());
        }
        int revision = state.map(current -> current.revision() + 1).orElse(1);
        List<MedalAward> awards =
                message.status() == ResultStatus.OFFICIAL ? medals.award(unit, event, ranked, entrants) : List.of();
        var recordsSet = records.flag(event, unit.code(), ranked, lookups);
        UnitResults results = medals.present(
                unit, event, message.status(), revision, clock.now(), ranked, entrants, awards, recordsSet);
        // Every refusal is behind us: from here on the message writes.
        try {
            revisions.append(results, message, prepared.messageJson(), prepared.bodyHash(), correction, writer);
            lookups.applied(
                    new UnitState(unit.code(), message.status(), revision, message.sequence()),
                    message.messageId(),
                    new Revisions.StoredMessage(prepared.bodyHash(), revision));
            if (message.status() == ResultStatus.START_LIST) {
                lookups.startListChanged(
                        unit.code(),
                        results.results().stream()
                                .map(UnitResults.Line::competitor)
                                .toList());
            }
            publish(unit, message, results, correction, awards);
            if (message.status() == ResultStatus.OFFICIAL && RecordKeeper.KEPT.contains(event.scoring())) {
                records.keep(event, results, entrants).forEach(events::publishEvent);
                lookups.recordsChanged(event.code());
            }
        } catch (ErrorResponseException e) {
            throw new IllegalStateException("Message " + message.messageId() + " failed after its first write", e);
        }
        return new Outcome(results, false);
    }

    private static void checkOrder(ResultsMessage message, Optional<UnitState> state) {
        if (state.isEmpty()) {
            return;
        }
        UnitState current = state.get();
        if (message.sequence() <= current.lastSequence()) {
            throw Problems.conflict(
                    "Sequence " + message.sequence() + " is stale: the unit is at sequence " + current.lastSequence());
        }
        if (!current.status().mayMoveTo(message.status())) {
            throw Problems.conflict("The unit is " + current.status() + " and cannot move back to " + message.status());
        }
    }

    private void publish(
            CompetitionUnit unit,
            ResultsMessage message,
            UnitResults results,
            boolean correction,
            List<MedalAward> awards) {
        events.publishEvent(new UnitResultsChanged(results));
        if (message.status() == ResultStatus.OFFICIAL) {
            events.publishEvent(new ResultOfficialised(results, correction, message.note()));
            if (unit.medal() != null) {
                medals.replace(unit, results, awards)
                        .ifPresent(withdrawn -> events.publishEvent(
                                new MedalsAwarded(unit.code(), results.revision(), awards, withdrawn)));
            }
        }
    }

    private static String hash(String messageJson) {
        try {
            byte[] body = messageJson.getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
