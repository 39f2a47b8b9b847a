package org.gamescloud.games.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gamescloud.games.Codes;
import org.gamescloud.games.Noc;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The NOCs, and each NOC with its athletes (a page of 100 at a time) and teams. */
@Controller
class NocPagesController {

    static final int ATHLETES_PER_PAGE = 100;

    /** A page of a NOC's athletes; {@code number} counts from 1, as people do. */
    record AthletePage(int number, int count, long total, List<Competitors.Athlete> athletes) {

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < count;
        }
    }

    record TeamWithMembers(Competitors.Team team, List<String> memberNames) {}

    private final Nocs nocs;
    private final Competitors competitors;
    private final Events events;
    private final JdbcVenues venues;

    NocPagesController(Nocs nocs, Competitors competitors, Events events, JdbcVenues venues) {
        this.nocs = nocs;
        this.competitors = competitors;
        this.events = events;
        this.venues = venues;
    }

    @GetMapping("/nocs")
    String nocs(Model model) {
        model.addAttribute("nocs", nocs.listNocs());
        model.addAttribute("athleteCounts", competitors.countAthletesByNoc());
        return "games/nocs";
    }

    @GetMapping("/nocs/{code}")
    String noc(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Model model) {
        Noc noc = (Codes.isValid(code) ? nocs.findNoc(code) : Optional.<Noc>empty())
                .orElseThrow(() -> Problems.notFound("No NOC " + code));
        if (page < 1) {
            throw Problems.badRequest("page counts from 1, was " + page);
        }
        long total = competitors.countAthletes(code);
        int count = (int) Math.max(1, (total + ATHLETES_PER_PAGE - 1) / ATHLETES_PER_PAGE);
        if (page > count) {
            throw Problems.notFound(noc.name() + " has " + count + " page(s) of athletes, not " + page);
        }
        List<Competitors.Athlete> athletes = competitors.listAthletes(code, new Paging(page - 1, ATHLETES_PER_PAGE));
        model.addAttribute("noc", noc);
        model.addAttribute("athletes", new AthletePage(page, count, total, athletes));
        model.addAttribute("teams", teamsOf(code));
        model.addAttribute("glossary", Glossary.read(events, venues));
        return "games/noc";
    }

    private List<TeamWithMembers> teamsOf(String noc) {
        List<Competitors.Team> teams = competitors.listTeams(noc);
        var names = competitors.listNames(
                teams.stream().flatMap(team -> team.members().stream()).collect(Collectors.toSet()));
        return teams.stream()
                .map(team -> new TeamWithMembers(
                        team,
                        team.members().stream()
                                .map(member -> names.getOrDefault(member, member))
                                .toList()))
                .toList();
    }
}
