package org.gamescloud.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.gamescloud.games.ScheduledSession;
import org.gamescloud.ticketing.TicketClaims;
import org.gamescloud.ticketing.TicketState;
import org.gamescloud.venues.GateDirection;
import org.gamescloud.venues.ScanReason;
import org.junit.jupiter.api.Test;

class EntryPolicyTests {

    private static final ScheduledSession EVENING_ATHLETICS = new ScheduledSession(
            "ATH-0929-E",
            "HOSC-STA",
            OffsetDateTime.parse("2023-09-29T19:00:00+08:00"),
            OffsetDateTime.parse("2023-09-29T22:00:00+08:00"),
            "Evening",
            "晚上");
    private static final TicketClaims TICKET =
            new TicketClaims("T-1", "ATH-0929-E", "HOSC-STA", "Li Wei", "Block 104, Row 12, Seat 7");

    @Test
    void opensThreeHoursBeforeTheStartAndClosesAtTheEnd() {
        assertThat(refusalAt("2023-09-29T15:59:59+08:00")).contains(ScanReason.WRONG_TIME);
        assertThat(refusalAt("2023-09-29T16:00:00+08:00")).isEmpty();
        assertThat(refusalAt("2023-09-29T21:59:59+08:00")).isEmpty();
        assertThat(refusalAt("2023-09-29T22:00:00+08:00")).contains(ScanReason.WRONG_TIME);
    }

    @Test
    void refusesAnUnissuedTicketBeforeLookingAtItsVenue() {
        assertThat(EntryPolicy.refusal(
                        TICKET,
                        Optional.empty(),
                        Optional.of(EVENING_ATHLETICS),
                        "HOSC-AQU",
                        GateDirection.IN,
                        at("2023-09-29T18:00:00+08:00")))
                .contains(ScanReason.UNKNOWN);
    }

    @Test
    void refusesAnotherVenuesTicketEvenOnTheWayOut() {
        assertThat(EntryPolicy.refusal(
                        TICKET,
                        Optional.of(TicketState.VALID),
                        Optional.of(EVENING_ATHLETICS),
                        "HOSC-AQU",
                        GateDirection.OUT,
                        at("2023-09-29T18:00:00+08:00")))
                .contains(ScanReason.WRONG_VENUE);
    }

    @Test
    void refusesARevokedTicketInButLetsItsHolderOutAfterTheSession() {
        assertThat(EntryPolicy.refusal(
                        TICKET,
                        Optional.of(TicketState.REVOKED),
                        Optional.of(EVENING_ATHLETICS),
                        "HOSC-STA",
                        GateDirection.IN,
                        at("2023-09-29T18:00:00+08:00")))
                .contains(ScanReason.REVOKED);
        assertThat(EntryPolicy.refusal(
                        TICKET,
                        Optional.of(TicketState.VALID),
                        Optional.of(EVENING_ATHLETICS),
                        "HOSC-STA",
                        GateDirection.OUT,
                        at("2023-09-29T23:30:00+08:00")))
                .isEmpty();
    }

    private static Optional<ScanReason> refusalAt(String time) {
        return EntryPolicy.refusal(
                TICKET,
                Optional.of(TicketState.VALID),
                Optional.of(EVENING_ATHLETICS),
                "HOSC-STA",
                GateDirection.IN,
                at(time));
    }

    private static java.time.Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
