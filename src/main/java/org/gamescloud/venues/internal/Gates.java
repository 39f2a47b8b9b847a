package org.gamescloud.venues.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.ticketing.ETickets;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketState;
import org.gamescloud.venues.GateDirection;
import org.gamescloud.venues.ScanReason;
import org.gamescloud.venues.SpectatorAdmitted;
import org.gamescloud.venues.TicketScanned;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gate control: decides each scan (signature, issue, venue, revocation, time window, then who is inside), records it
 * and publishes {@link TicketScanned} and, on entry, {@link SpectatorAdmitted}. Offline gates' scans are applied the
 * same way, in the order they happened, and a ticket found inside already is reported as a double entry.
 */
@Service
class Gates {

    /** One scan as a gate saw it; {@code at} is the Games time of the scan. */
    record Scan(String qr, GateDirection direction, Instant at) {}

    record Outcome(
            ScanReason reason,
            boolean admitted,
            TicketClaims ticket,
            ScheduledSession session,
            GateId gate,
            GateDirection direction,
            Instant at) {}

    record SyncReport(List<Outcome> outcomes, List<DoubleEntries.DoubleEntry> doubleEntries, int alreadySynced) {}

    private final ObjectProvider<ETickets> tickets;
    private final GateLookups lookups;
    private final Presence presence;
    private final ScanLog log;
    private final DoubleEntries doubleEntries;
    private final CapacityAlerts alerts;
    private final ApplicationEventPublisher events;
    private final GamesClock clock;

    Gates(
            ObjectProvider<ETickets> tickets,
            GateLookups lookups,
            Presence presence,
            ScanLog log,
            DoubleEntries doubleEntries,
            CapacityAlerts alerts,
            ApplicationEventPublisher events,
            GamesClock clock) {
        this.tickets = tickets;
        this.lookups = lookups;
        this.presence = presence;
        this.log = log;
        this.doubleEntries = doubleEntries;
        this.alerts = alerts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Outcome scan(GateId gate, Scan scan) {
        return apply(gate, scan, eTickets().verify(scan.qr()), false, new ArrayList<>());
    }

    /**
     * Applies an offline gate's scans in the order they happened; scans it synced before are skipped. The venue's
     * syncs are applied one after the other ({@link Presence#lockVenueForSync}): gates syncing the same tickets at once
     * would otherwise deadlock.
     */
    @Transactional
    SyncReport sync(GateId gate, List<Scan> scans) {
        List<Scan> inOrder =
                scans.stream().sorted(Comparator.comparing(Scan::at)).toList();
        List<Optional<TicketClaims>> verified =
                inOrder.stream().map(scan -> eTickets().verify(scan.qr())).toList();
        presence.lockVenueForSync(gate.venueCode());
        List<Outcome> outcomes = new ArrayList<>();
        List<DoubleEntries.DoubleEntry> found = new ArrayList<>();
        int alreadySynced = 0;
        for (int i = 0; i < inOrder.size(); i++) {
            Scan scan = inOrder.get(i);
            Optional<TicketClaims> ticket = verified.get(i);
            if (ticket.isPresent()
                    && log.containsOfflineScan(
                            gate.toString(),
                            ticket.get().ticketId(),
                            scan.direction().name(),
                            scan.at())) {
                alreadySynced++;
            } else {
                outcomes.add(apply(gate, scan, ticket, true, found));
            }
        }
        return new SyncReport(outcomes, found, alreadySynced);
    }

    private Outcome apply(
            GateId gate,
            Scan scan,
            Optional<TicketClaims> verified,
            boolean offline,
            List<DoubleEntries.DoubleEntry> found) {
        if (verified.isEmpty()) {
            return record(
                    new Outcome(ScanReason.FORGED, false, null, null, gate, scan.direction(), scan.at()), offline);
        }
        TicketClaims ticket = verified.get();
        Optional<TicketState> state = eTickets().findState(ticket.ticketId());
        Optional<ScheduledSession> session = lookups.findSession(ticket.sessionCode());
        ScanReason reason = EntryPolicy.refusal(ticket, state, session, gate.venueCode(), scan.direction(), scan.at())
                .orElseGet(() -> pass(ticket, gate, scan, offline, found));
        boolean admitted = reason == ScanReason.ADMITTED;
        Outcome outcome =
                new Outcome(reason, admitted, ticket, session.orElse(null), gate, scan.direction(), scan.at());
        if (admitted) {
            events.publishEvent(new SpectatorAdmitted(
                    ticket.ticketId(), ticket.sessionCode(), ticket.venueCode(), gate.toString(), scan.at()));
            Integer capacity = lookups.findVenue(gate.venueCode())
                    .map(venue -> venue.capacity())
                    .orElse(null);
            alerts.afterAdmission(
                    gate.venueCode(),
                    ticket.sessionCode(),
                    () -> presence.countInside(gate.venueCode()),
                    capacity,
                    clock.instant());
        }
        return record(outcome, offline);
    }

    private ScanReason pass(
            TicketClaims ticket, GateId gate, Scan scan, boolean offline, List<DoubleEntries.DoubleEntry> found) {
        if (scan.direction() == GateDirection.OUT) {
            return presence.exit(ticket.ticketId(), gate.toString(), scan.at())
                    ? ScanReason.EXITED
                    : ScanReason.NOT_INSIDE;
        }
        if (presence.enter(ticket, gate.toString(), scan.at())) {
            return ScanReason.ADMITTED;
        }
        Optional<Presence.Entry> entry = presence.find(ticket.ticketId());
        if (offline && entry.isPresent()) {
            if (!entry.get().inside()) {
                // The spectator came in, and something later (an exit) is already known: history, not a new state.
                return ScanReason.ADMITTED;
            }
            DoubleEntries.DoubleEntry doubleEntry =
                    DoubleEntries.DoubleEntry.inTimeOrder(ticket, entry.get(), gate.toString(), scan.at());
            doubleEntries.add(doubleEntry, clock.instant());
            found.add(doubleEntry);
        }
        return ScanReason.ALREADY_INSIDE;
    }

    private Outcome record(Outcome outcome, boolean offline) {
        TicketScanned scanned = new TicketScanned(
                outcome.ticket() == null ? null : outcome.ticket().ticketId(),
                outcome.ticket() == null ? null : outcome.ticket().sessionCode(),
                outcome.gate().venueCode(),
                outcome.gate().toString(),
                outcome.direction(),
                outcome.reason(),
                outcome.admitted(),
                outcome.at(),
                offline);
        log.record(scanned, clock.instant());
        events.publishEvent(scanned);
        return outcome;
    }

    private ETickets eTickets() {
        ETickets available = tickets.getIfAvailable();
        if (available == null) {
            throw Problems.problem(
                    HttpStatus.SERVICE_UNAVAILABLE, "ticketing-unavailable", "E-ticket verification is not available");
        }
        return available;
    }
}
