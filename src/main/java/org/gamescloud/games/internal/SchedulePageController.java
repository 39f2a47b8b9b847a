package org.gamescloud.games.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The schedule of one Games day, filtered by venue and discipline. A plain GET form drives it; with htmx the same
 * address answers only the results, so that a filter swaps the list in place and the address stays shareable.
 */
@Controller
class SchedulePageController {

    private final GamesClock clock;
    private final Sessions sessions;
    private final Events events;
    private final JdbcVenues venues;

    SchedulePageController(GamesClock clock, Sessions sessions, Events events, JdbcVenues venues) {
        this.clock = clock;
        this.sessions = sessions;
        this.events = events;
        this.venues = venues;
    }

    @GetMapping("/schedule")
    String schedule(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String venue,
            @RequestParam(required = false) String discipline,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            HttpServletResponse response,
            Model model) {
        Glossary glossary = Glossary.read(events, venues);
        String venueCode = blankToNull(venue);
        String disciplineCode = blankToNull(discipline);
        if (venueCode != null && glossary.venue(venueCode) == null) {
            throw Problems.notFound("No venue " + venueCode);
        }
        if (disciplineCode != null && glossary.discipline(disciplineCode) == null) {
            throw Problems.notFound("No discipline " + disciplineCode);
        }
        List<LocalDate> days = sessions.listDays();
        LocalDate day = date != null ? date : defaultDay(days, clock.today());
        model.addAttribute("glossary", glossary);
        model.addAttribute("now", clock.now());
        model.addAttribute("days", withDay(days, day));
        model.addAttribute("day", day);
        model.addAttribute("venue", venueCode);
        model.addAttribute("discipline", disciplineCode);
        model.addAttribute(
                "sessions",
                day == null
                        ? List.of()
                        : sessions.list(
                                new Sessions.Filter(day, venueCode, disciplineCode), HomePageController.WHOLE_DAY));
        response.setHeader(HttpHeaders.VARY, "HX-Request");
        return htmx && !historyRestore ? "games/schedule :: resultsUpdate" : "games/schedule";
    }

    /** Games-clock today while the Games run, else their first day; none when there is no schedule at all. */
    static LocalDate defaultDay(List<LocalDate> days, LocalDate today) {
        if (days.isEmpty()) {
            return null;
        }
        boolean duringTheGames = !today.isBefore(days.get(0)) && !today.isAfter(days.get(days.size() - 1));
        return duringTheGames ? today : days.get(0);
    }

    private static List<LocalDate> withDay(List<LocalDate> days, LocalDate day) {
        if (day == null || days.contains(day)) {
            return days;
        }
        TreeSet<LocalDate> all = new TreeSet<>(days);
        all.add(day);
        return List.copyOf(all);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
