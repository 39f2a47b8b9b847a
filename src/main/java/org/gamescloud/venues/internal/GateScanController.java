package org.gamescloud.venues.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.gamescloud.venues.GateDirection;
import org.gamescloud.venues.ScanReason;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The gates' API: a scan as it happens, and the batch an offline gate sends once it is back online. */
@RestController
class GateScanController {

    /** How far ahead of the Games clock an offline gate's own clock may run. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    static final int MAX_PAYLOAD = 4096;

    record ScanRequest(
            @NotBlank @Size(max = MAX_PAYLOAD) String qr,
            @NotBlank String gate,
            GateDirection direction) {}

    record OfflineScan(
            @NotBlank @Size(max = MAX_PAYLOAD) String qr,
            GateDirection direction,
            @NotNull OffsetDateTime scannedAt) {}

    record SyncRequest(
            @NotBlank String gate,
            @NotNull @Size(min = 1, max = 5000) List<@Valid @NotNull OfflineScan> scans) {}

    record SyncResponse(
            String gate,
            int applied,
            int alreadySynced,
            List<ScanResponse> results,
            List<DoubleEntries.DoubleEntry> doubleEntries) {}

    private final Gates gates;
    private final GateAccess access;
    private final GamesClock clock;

    GateScanController(Gates gates, GateAccess access, GamesClock clock) {
        this.gates = gates;
        this.access = access;
        this.clock = clock;
    }

    @PostMapping("/api/gates/scan")
    ScanResponse scan(@Valid @RequestBody ScanRequest request, Authentication user) {
        GateId gate = access.gate(request.gate(), user);
        return ScanResponse.of(
                gates.scan(gate, new Gates.Scan(request.qr(), directionOf(request.direction()), clock.instant())));
    }

    @PostMapping("/api/gates/sync")
    SyncResponse sync(@Valid @RequestBody SyncRequest request, Authentication user) {
        GateId gate = access.gate(request.gate(), user);
        Instant latest = clock.instant().plus(CLOCK_TOLERANCE);
        List<Gates.Scan> scans = request.scans().stream()
                .map(scan -> new Gates.Scan(
                        scan.qr(),
                        directionOf(scan.direction()),
                        scan.scannedAt().toInstant()))
                .toList();
        if (scans.stream().anyMatch(scan -> scan.at().isAfter(latest))) {
            throw Problems.badRequest("scannedAt lies in the future of the Games clock");
        }
        Gates.SyncReport report = gates.sync(gate, scans);
        return new SyncResponse(
                gate.toString(),
                report.outcomes().size(),
                report.alreadySynced(),
                report.outcomes().stream().map(ScanResponse::of).toList(),
                report.doubleEntries());
    }

    private static GateDirection directionOf(GateDirection direction) {
        return direction == null ? GateDirection.IN : direction;
    }

    /** What the steward's screen shows: the verdict, and who and what the ticket is for when it is genuine. */
    record ScanResponse(
            boolean admitted,
            ScanReason reason,
            String ticketId,
            String holderName,
            String seat,
            String sessionCode,
            String sessionName,
            String sessionNameZh,
            OffsetDateTime sessionStart,
            OffsetDateTime sessionEnd,
            String venueCode,
            String gate,
            GateDirection direction,
            OffsetDateTime scannedAt) {

        static ScanResponse of(Gates.Outcome outcome) {
            var ticket = outcome.ticket();
            var session = outcome.session();
            return new ScanResponse(
                    outcome.admitted(),
                    outcome.reason(),
                    ticket == null ? null : ticket.ticketId(),
                    ticket == null ? null : ticket.holderName(),
                    ticket == null ? null : ticket.seat(),
                    ticket == null ? null : ticket.sessionCode(),
                    session == null ? null : session.name(),
                    session == null ? null : session.nameZh(),
                    session == null
                            ? null
                            : DoubleEntries.inGamesTime(session.start().toInstant()),
                    session == null
                            ? null
                            : DoubleEntries.inGamesTime(session.end().toInstant()),
                    ticket == null ? null : ticket.venueCode(),
                    outcome.gate().toString(),
                    outcome.direction(),
                    DoubleEntries.inGamesTime(outcome.at()));
        }
    }
}
