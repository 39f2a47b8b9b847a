package org.gamescloud.results.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
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
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a results message to a unit, or refuses it whole. Checks run in the order a venue system can act on: who
 * may write, whether the message was seen before, whether it is stale or moves the unit backwards, whether its
 * competitors and marks are valid. Only then is a revision appended, medals re-awarded and events published, all in
 * one transaction with the unit locked, so that concurrent messages of a unit apply one after the other.
 *
 * <p>Called within a transaction (a batch of the bulk endpoint), a message is applied in a nested transaction (a
 * savepoint): refused, it leaves the batch's other messages applied; they all commit together, one disk flush for
 * the batch.
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
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.json = json;
    }

    Outcome apply(String unitCode, ResultsMessage message, Authentication writer) {
        return apply(unitCode, message, writer, Lookups.forMessage(catalog, revisions, records));
    }

    /** What a batch of messages reads once: pass it to each message of the batch, in the batch's transaction. */
    Lookups lookupsForBatch() {
        return Lookups.forBatch(catalog, revisions, records);
    }

    Outcome apply(String unitCode, ResultsMessage message, Authentication writer, Lookups lookups) {
        CompetitionUnit unit = lookups.findUnit(unitCode).orElseThrow(() -> Problems.notFound("No unit " + unitCode));
        if (!scopes.mayActFor(writer, Role.RESULTS_OPERATOR, unit.venue())) {
            throw Problems.forbidden("You may not write results for units at " + unit.venue());
        }
        Event event = lookups.findEvent(unit.event()).orElseThrow();
        String messageJson = json.writeValueAsString(message);
        String bodyHash = hash(messageJson);
        return transaction.execute(
                status -> applyLocked(unit, event, message, messageJson, bodyHash, writer.getName(), lookups));
    }

    private Outcome applyLocked(
            CompetitionUnit unit,
            Event event,
            ResultsMessage message,
            String messageJson,
            String bodyHash,
            String writer,
            Lookups lookups) {
        Revisions.Locked locked = revisions.lockUnit(unit.code(), message.messageId());
        Optional<Revisions.StoredMessage> seen = locked.seen();
        if (seen.isPresent()) {
            if (!seen.get().bodyHash().equals(bodyHash)) {
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
        revisions.append(results, message, messageJson, bodyHash, correction, writer);
        if (message.status() == ResultStatus.START_LIST) {
            lookups.startListChanged(unit.code());
        }
        publish(unit, message, results, correction, awards);
        if (message.status() == ResultStatus.OFFICIAL && RecordKeeper.KEPT.contains(event.scoring())) {
            records.keep(event, results, entrants).forEach(events::publishEvent);
            lookups.recordsChanged(event.code());
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
