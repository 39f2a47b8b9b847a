package org.gamescloud.games.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class VenueProgrammeTests {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2023-09-27T12:00:00+08:00");

    @Test
    void putsTheVenueWhoseNextSessionComesSoonestFirst() {
        List<VenueProgramme> programme = VenueProgramme.nextFirst(
                List.of(
                        session("POOL-E", "POOL", "19:00", "21:00"),
                        session("HALL-A", "HALL", "14:00", "16:00"),
                        session("FIELD-M", "FIELD", "11:00", "13:00")),
                NOON);

        assertThat(programme).extracting(VenueProgramme::venue).containsExactly("FIELD", "HALL", "POOL");
    }

    @Test
    void putsVenuesThatAreDoneForTheDayLast() {
        List<VenueProgramme> programme = VenueProgramme.nextFirst(
                List.of(session("HALL-M", "HALL", "08:00", "10:00"), session("POOL-E", "POOL", "19:00", "21:00")),
                NOON);

        assertThat(programme).extracting(VenueProgramme::venue).containsExactly("POOL", "HALL");
    }

    @Test
    void listsAVenuesComingSessionsBeforeThoseThatAreOver() {
        List<VenueProgramme> programme = VenueProgramme.nextFirst(
                List.of(
                        session("HALL-M", "HALL", "08:00", "10:00"),
                        session("HALL-E", "HALL", "19:00", "21:00"),
                        session("HALL-A", "HALL", "11:30", "13:30")),
                NOON);

        assertThat(programme.get(0).sessions())
                .extracting(Sessions.Session::code)
                .containsExactly("HALL-A", "HALL-E", "HALL-M");
    }

    @Test
    void countsASessionEndingNowAsOver() {
        assertThat(VenueProgramme.isOver(session("HALL-M", "HALL", "10:00", "12:00"), NOON))
                .isTrue();
        assertThat(VenueProgramme.isOver(session("HALL-A", "HALL", "10:00", "12:01"), NOON))
                .isFalse();
    }

    private static Sessions.Session session(String code, String venue, String start, String end) {
        return new Sessions.Session(code, venue, at(start), at(end), code, null, List.of());
    }

    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2023-09-27T" + time + ":00+08:00");
    }
}
