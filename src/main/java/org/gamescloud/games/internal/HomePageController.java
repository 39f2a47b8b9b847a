package org.gamescloud.games.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the Games today at the Games clock, with what is live now refreshed in place. */
@Controller
class HomePageController {

    /** A day has a few hundred sessions at most: one page holds it. */
    static final Paging WHOLE_DAY = new Paging(0, Paging.MAX_SIZE);

    record Counts(long events, long venues, long nocs) {}

    private final GamesClock clock;
    private final Sessions sessions;
    private final Units units;
    private final Events events;
    private final JdbcVenues venues;
    private final Nocs nocs;

    HomePageController(GamesClock clock, Sessions sessions, Units units, Events events, JdbcVenues venues, Nocs nocs) {
        this.clock = clock;
        this.sessions = sessions;
        this.units = units;
        this.events = events;
        this.venues = venues;
        this.nocs = nocs;
    }

    @GetMapping("/")
    String home(Model model) {
        OffsetDateTime now = clock.now();
        LocalDate today = now.toLocalDate();
        List<LocalDate> days = sessions.listDays();
        List<Sessions.Session> todays = sessions.list(new Sessions.Filter(today, null), WHOLE_DAY);
        model.addAttribute("today", today);
        model.addAttribute("firstDay", days.isEmpty() ? null : days.get(0));
        model.addAttribute("lastDay", days.isEmpty() ? null : days.get(days.size() - 1));
        model.addAttribute("programme", VenueProgramme.nextFirst(todays, now));
        model.addAttribute("counts", new Counts(events.count(), venues.count(), nocs.count()));
        addLive(model, now);
        return "games/home";
    }

    /** The live part of the home page, polled by the page (and later pushed). */
    @GetMapping("/today/live")
    String live(Model model) {
        addLive(model, clock.now());
        return "games/home :: liveUpdate";
    }

    private void addLive(Model model, OffsetDateTime now) {
        model.addAttribute("now", now);
        model.addAttribute("live", units.listUnitsRunningAt(now));
        model.addAttribute("glossary", Glossary.read(events, venues));
    }
}
