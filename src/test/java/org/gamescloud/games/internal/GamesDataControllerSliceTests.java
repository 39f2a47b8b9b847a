package org.gamescloud.games.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.gamescloud.games.CompetitionUnit;
import org.gamescloud.games.Competitor;
import org.gamescloud.games.Event;
import org.gamescloud.games.Gender;
import org.gamescloud.games.MedalUnit;
import org.gamescloud.games.Scoring;
import org.gamescloud.games.Venue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The Games-data controller alone: parameters, paging and problems, with the repositories stubbed. */
@WebMvcTest(controllers = GamesDataController.class)
@AutoConfigureMockMvc(addFilters = false)
class GamesDataControllerSliceTests {

    private static final Venue AQUATICS = new Venue(
            "HOSC-AQU",
            "Hangzhou Olympic Sports Centre Aquatics Sports Arena",
            "杭州奥体中心游泳馆",
            "Hangzhou",
            30.23,
            120.23,
            true,
            6000,
            false,
            List.of("SWM", "DIV"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Nocs nocs;

    @MockitoBean
    JdbcVenues venues;

    @MockitoBean
    Events events;

    @MockitoBean
    Units units;

    @MockitoBean
    Sessions sessions;

    @MockitoBean
    Competitors competitors;

    @Test
    void answersTheScheduleOfADayAndVenueWithItsTotal() throws Exception {
        var start = OffsetDateTime.parse("2023-09-27T19:30:00+08:00");
        var finalUnit = new CompetitionUnit(
                "SWMM100MFREE----------FNL-000100--",
                "SWMM100MFREE----------",
                "FNL",
                "HOSC-AQU",
                start,
                start.plusMinutes(5),
                "Final",
                "决赛",
                MedalUnit.GOLD);
        given(venues.findVenue("HOSC-AQU")).willReturn(Optional.of(AQUATICS));
        given(sessions.count(any())).willReturn(1L);
        given(sessions.list(any(), any()))
                .willReturn(List.of(new Sessions.Session(
                        "HOSC-AQU-0927-E",
                        "HOSC-AQU",
                        start.minusMinutes(30),
                        start.plusHours(2),
                        "Evening",
                        "晚场",
                        List.of(finalUnit))));

        mvc.perform(get("/api/schedule").param("date", "2023-09-27").param("venue", "HOSC-AQU"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].units[0].medal").value("GOLD"))
                .andExpect(jsonPath("$[0].units[0].start").value("2023-09-27T19:30:00+08:00"));
    }

    @Test
    void refusesAnUnknownVenueInTheSchedule() throws Exception {
        given(venues.findVenue("NOWHERE")).willReturn(Optional.empty());
        mvc.perform(get("/api/schedule").param("venue", "NOWHERE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No venue NOWHERE"));
    }

    @Test
    void refusesANegativePage() throws Exception {
        mvc.perform(get("/api/athletes").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("page must be 0 or more, was -1"));
    }

    @Test
    void refusesADateThatIsNotADate() throws Exception {
        mvc.perform(get("/api/schedule").param("date", "2023-09-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void servesAVenueWithItsEstimatedLocationFlagged() throws Exception {
        given(venues.findVenue("HOSC-AQU")).willReturn(Optional.of(AQUATICS));
        mvc.perform(get("/api/venues/HOSC-AQU"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameZh").value("杭州奥体中心游泳馆"))
                .andExpect(jsonPath("$.locationEstimated").value(true))
                .andExpect(jsonPath("$.disciplines[1]").value("DIV"));
    }

    @Test
    void listsTheEntrantsOfAnEventWithTheirNoc() throws Exception {
        String relay = "SWMW4X100MFREE--------";
        given(events.findEvent(relay))
                .willReturn(Optional.of(new Event(
                        relay,
                        "Women's 4 x 100 m freestyle relay",
                        "女子4×100米自由泳接力",
                        "SWM",
                        Gender.W,
                        Scoring.TIME,
                        true)));
        given(competitors.listEntrants(relay))
                .willReturn(List.of(
                        new Competitor("CHN-SWMW4X100MFREE-1", Competitor.Kind.TEAM, "CHN", "China", Gender.W)));

        mvc.perform(get("/api/events/{code}/entries", relay))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("CHN-SWMW4X100MFREE-1"))
                .andExpect(jsonPath("$[0].kind").value("TEAM"))
                .andExpect(jsonPath("$[0].noc").value("CHN"));
    }

    @Test
    void refusesTheEntrantsOfAnUnknownEvent() throws Exception {
        given(events.findEvent("NOSUCHEVENT")).willReturn(Optional.empty());
        mvc.perform(get("/api/events/NOSUCHEVENT/entries"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No event NOSUCHEVENT"));
    }
}
