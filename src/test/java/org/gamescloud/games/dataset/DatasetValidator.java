package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gamescloud.games.dataset.Model.Athlete;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Entry;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Session;
import org.gamescloud.games.dataset.Model.Sport;
import org.gamescloud.games.dataset.Model.Team;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Model.Venue;

/** Sanity checks on the whole dataset; any violation throws, so a broken dataset is never written. */
final class DatasetValidator {

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 9, 19);
    static final LocalDate LAST_DAY = LocalDate.of(2023, 10, 8);

    private final List<String> errors = new ArrayList<>();

    private DatasetValidator() {}

    static void validate(Dataset d) {
        DatasetValidator v = new DatasetValidator();
        v.run(d);
        if (!v.errors.isEmpty()) {
            int shown = Math.min(30, v.errors.size());
            throw new IllegalStateException(v.errors.size() + " dataset errors, first " + shown + ":\n  "
                    + String.join("\n  ", v.errors.subList(0, shown)));
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            errors.add(message);
        }
    }

    private void code(String code, String what, int exactLength) {
        check(OdfCodes.valid(code), what + " code '" + code + "' is not 1-34 chars of A-Z0-9_-");
        if (exactLength > 0) {
            check(
                    code != null && code.length() == exactLength,
                    what + " code '" + code + "' is not " + exactLength + " chars");
        }
    }

    private <T> void unique(List<T> rows, java.util.function.Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T r : rows) {
            check(seen.add(key.apply(r)), "duplicate " + what + " " + key.apply(r));
        }
    }

    private void run(Dataset d) {
        Map<String, Sport> sports = new HashMap<>();
        d.sports().forEach(s -> sports.put(s.code(), s));
        Map<String, Discipline> disciplines = new HashMap<>();
        d.disciplines().forEach(x -> disciplines.put(x.code(), x));
        Map<String, Noc> nocs = new HashMap<>();
        d.nocs().forEach(n -> nocs.put(n.code(), n));
        Map<String, Venue> venues = new HashMap<>();
        d.venues().forEach(v -> venues.put(v.code, v));
        Map<String, Event> events = new HashMap<>();
        d.events().forEach(e -> events.put(e.code, e));
        Map<String, Athlete> athletes = new HashMap<>();
        d.athletes().forEach(a -> athletes.put(a.id(), a));
        Map<String, Team> teams = new HashMap<>();
        d.teams().forEach(t -> teams.put(t.code(), t));

        unique(d.nocs(), Noc::code, "NOC");
        unique(d.sports(), Sport::code, "sport");
        unique(d.disciplines(), Discipline::code, "discipline");
        unique(d.venues(), v -> v.code, "venue");
        unique(d.events(), e -> e.code, "event");
        unique(d.phases(), p -> p.code, "phase");
        unique(d.units(), u -> u.code, "unit");
        unique(d.sessions(), Session::code, "session");
        unique(d.athletes(), Athlete::id, "athlete");
        unique(d.teams(), Team::code, "team");
        unique(d.entries(), en -> en.event() + "|" + en.competitor(), "entry");

        d.nocs().forEach(n -> code(n.code(), "NOC", 3));
        d.sports().forEach(s -> code(s.code(), "sport", 0));
        for (Discipline x : d.disciplines()) {
            code(x.code(), "discipline", 3);
            check(sports.containsKey(x.sport()), "discipline " + x.code() + " has unknown sport " + x.sport());
            check(
                    d.venues().stream().anyMatch(v -> v.disciplines.contains(x.code())),
                    "discipline " + x.code() + " has no venue");
        }
        for (Venue v : d.venues()) {
            code(v.code, "venue", 0);
            check(
                    List.of("Hangzhou", "Ningbo", "Wenzhou", "Huzhou", "Shaoxing", "Jinhua")
                            .contains(v.city),
                    "venue " + v.code + " city " + v.city);
            v.disciplines.forEach(x -> check(disciplines.containsKey(x), "venue " + v.code + " discipline " + x));
            check(v.latitude != null && v.longitude != null && v.capacity != null, "venue " + v.code + " incomplete");
        }
        for (Event e : d.events()) {
            code(e.code, "event", OdfCodes.EVENT_LENGTH);
            check(disciplines.containsKey(e.discipline), "event " + e.code + " discipline");
            check(e.code.startsWith(e.discipline + e.gender), "event " + e.code + " prefix");
            check("MWXO".indexOf(e.gender) >= 0, "event " + e.code + " gender");
            check(
                    List.of(
                                    "TIME",
                                    "DISTANCE",
                                    "HEIGHT",
                                    "POINTS_HIGH",
                                    "POINTS_LOW",
                                    "JUDGED",
                                    "HEAD_TO_HEAD",
                                    "ROUND_ROBIN")
                            .contains(e.scoring),
                    "event " + e.code + " scoring " + e.scoring);
        }
        checkSchedule(d, events, venues);
        checkPeople(d, nocs, events, athletes, teams);
    }

    private void checkSchedule(Dataset d, Map<String, Event> events, Map<String, Venue> venues) {
        Map<String, Phase> phases = new HashMap<>();
        Map<String, List<Phase>> phasesByEvent = new HashMap<>();
        for (Phase p : d.phases()) {
            code(p.code, "phase", OdfCodes.PHASE_LENGTH);
            phases.put(p.code, p);
            check(events.containsKey(p.event) && p.code.startsWith(p.event), "phase " + p.code + " event");
            check(!p.units.isEmpty(), "phase " + p.code + " has no unit");
            phasesByEvent.computeIfAbsent(p.event, k -> new ArrayList<>()).add(p);
        }
        Map<String, Integer> gold = new HashMap<>();
        for (Unit u : d.units()) {
            code(u.code, "unit", OdfCodes.UNIT_LENGTH);
            check(phases.containsKey(u.phase.code) && u.code.startsWith(u.phase.code), "unit " + u.code + " phase");
            check(u.event.code.equals(u.phase.event), "unit " + u.code + " event");
            Venue v = venues.get(u.venue);
            check(
                    v != null && v.disciplines.contains(u.event.discipline),
                    "unit " + u.code + " at venue " + u.venue + " which does not host " + u.event.discipline);
            check(u.start != null && u.end != null && u.start.isBefore(u.end), "unit " + u.code + " times");
            if (u.start != null) {
                check(
                        !u.start.toLocalDate().isBefore(FIRST_DAY)
                                && !u.end.toLocalDate().isAfter(LAST_DAY),
                        "unit " + u.code + " outside the Games");
                check(u.end.toLocalDate().equals(u.start.toLocalDate()), "unit " + u.code + " runs past midnight");
            }
            String m = u.medal;
            check(
                    m.isEmpty() || m.equals("GOLD") || m.equals("BRONZE") || m.equals("SEMIFINAL"),
                    "unit " + u.code + " medal " + m);
            check(!m.equals("BRONZE") || u.phase.type.equals("BRNZ"), "unit " + u.code + " BRONZE outside BRNZ");
            check(!m.equals("SEMIFINAL") || u.phase.type.equals("SFNL"), "unit " + u.code + " SEMIFINAL outside SFNL");
            if (m.equals("GOLD")) {
                gold.merge(u.event.code, 1, Integer::sum);
            }
        }
        for (Event e : d.events()) {
            check(
                    gold.getOrDefault(e.code, 0) == 1,
                    "event " + e.code + " has " + gold.getOrDefault(e.code, 0) + " GOLD units");
            List<Phase> list = phasesByEvent.get(e.code);
            check(list != null && !list.isEmpty(), "event " + e.code + " has no phase");
            if (list != null) {
                checkOrder(e, list);
            }
        }
        // Sessions: every unit in exactly one session, at its venue, inside the window; no overlap per venue.
        Map<String, Unit> units = new HashMap<>();
        d.units().forEach(u -> units.put(u.code, u));
        Map<String, Integer> seen = new HashMap<>();
        Map<String, List<Session>> byVenue = new HashMap<>();
        for (Session s : d.sessions()) {
            code(s.code(), "session", 0);
            check(venues.containsKey(s.venue()), "session " + s.code() + " venue");
            check(s.start().isBefore(s.end()), "session " + s.code() + " times");
            // Multi-hall venues: one hall per discipline, so sessions only may not overlap within a discipline.
            String hall = Profiles.MULTI_FIELD_VENUES.contains(s.venue())
                    ? s.code().substring(s.code().lastIndexOf('-'))
                    : "";
            byVenue.computeIfAbsent(s.venue() + hall, k -> new ArrayList<>()).add(s);
            for (String c : s.units()) {
                Unit u = units.get(c);
                seen.merge(c, 1, Integer::sum);
                if (u == null) {
                    errors.add("session " + s.code() + " has unknown unit " + c);
                    continue;
                }
                check(u.venue.equals(s.venue()), "unit " + c + " is in session " + s.code() + " at another venue");
                check(
                        !u.start.isBefore(s.start()) && !u.end.isAfter(s.end()),
                        "unit " + c + " outside session " + s.code());
            }
        }
        for (Unit u : d.units()) {
            check(
                    seen.getOrDefault(u.code, 0) == 1,
                    "unit " + u.code + " is in " + seen.getOrDefault(u.code, 0) + " sessions");
        }
        for (List<Session> list : byVenue.values()) {
            list.sort(Comparator.comparing(Session::start));
            for (int i = 1; i < list.size(); i++) {
                check(
                        !list.get(i).start().isBefore(list.get(i - 1).end()),
                        "sessions " + list.get(i - 1).code() + " and "
                                + list.get(i).code() + " overlap");
            }
        }
    }

    /** Each stage (pools together) starts after the previous stage has finished; gold is decided last. */
    private void checkOrder(Event e, List<Phase> list) {
        list.sort(Comparator.comparingInt(p -> p.order));
        List<List<Unit>> stages = new ArrayList<>();
        String prev = null;
        for (Phase p : list) {
            boolean pools = prev != null && prev.startsWith("GP") && p.type.startsWith("GP");
            if (!pools) {
                stages.add(new ArrayList<>());
            }
            stages.get(stages.size() - 1).addAll(p.units);
            prev = p.type;
        }
        for (int i = 1; i < stages.size(); i++) {
            LocalDateTime endPrev = stages.get(i - 1).stream()
                    .map(u -> u.end)
                    .max(LocalDateTime::compareTo)
                    .orElseThrow();
            LocalDateTime startNext = stages.get(i).stream()
                    .map(u -> u.start)
                    .min(LocalDateTime::compareTo)
                    .orElseThrow();
            check(
                    !startNext.isBefore(endPrev),
                    "event " + e.code + ": phase stage " + (i + 1) + " starts " + startNext
                            + " before the previous stage ends " + endPrev);
        }
        LocalDateTime goldStart = null;
        LocalDateTime lastStart = null;
        for (Phase p : list) {
            for (Unit u : p.units) {
                if ("GOLD".equals(u.medal)) {
                    goldStart = u.start;
                }
                if (lastStart == null || u.start.isAfter(lastStart)) {
                    lastStart = u.start;
                }
            }
        }
        check(
                goldStart != null && !goldStart.isBefore(lastStart),
                "event " + e.code + ": a unit starts after the gold medal unit");
    }

    private static boolean genderOk(char eventGender, char athlete) {
        return eventGender == 'X' || eventGender == 'O' || eventGender == athlete;
    }

    private void checkPeople(
            Dataset d,
            Map<String, Noc> nocs,
            Map<String, Event> events,
            Map<String, Athlete> athletes,
            Map<String, Team> teams) {
        for (Athlete a : d.athletes()) {
            check(a.id().matches("\\d{7}"), "athlete id " + a.id());
            check(nocs.containsKey(a.noc()), "athlete " + a.id() + " NOC " + a.noc());
            check(a.gender() == 'M' || a.gender() == 'W', "athlete " + a.id() + " gender");
            check(!a.familyName().isBlank() && !a.givenName().isBlank(), "athlete " + a.id() + " name");
            int age = a.birthDate().until(EntryBuilder.GAMES_OPENING).getYears();
            check(age >= 14 && age <= 66, "athlete " + a.id() + " age " + age);
        }
        Set<String> entered = new HashSet<>();
        for (Team t : d.teams()) {
            code(t.code(), "team", 0);
            Event e = events.get(t.event());
            check(e != null && e.team, "team " + t.code() + " event " + t.event());
            check(nocs.containsKey(t.noc()), "team " + t.code() + " NOC");
            boolean men = false;
            boolean women = false;
            for (String id : t.members()) {
                Athlete a = athletes.get(id);
                if (a == null) {
                    errors.add("team " + t.code() + " member " + id + " unknown");
                    continue;
                }
                entered.add(id);
                check(a.noc().equals(t.noc()), "team " + t.code() + " member " + id + " of another NOC");
                check(
                        e == null || genderOk(e.gender, a.gender()),
                        "team " + t.code() + " member " + id + " has the wrong gender");
                men |= a.gender() == 'M';
                women |= a.gender() == 'W';
            }
            check(e == null || e.gender != 'X' || (men && women), "mixed team " + t.code() + " lacks a gender");
            check(new HashSet<>(t.members()).size() == t.members().size(), "team " + t.code() + " repeats a member");
        }
        Map<String, Integer> perEvent = new HashMap<>();
        for (Entry en : d.entries()) {
            Event e = events.get(en.event());
            if (e == null) {
                errors.add("entry for unknown event " + en.event());
                continue;
            }
            perEvent.merge(e.code, 1, Integer::sum);
            if (e.team) {
                Team t = teams.get(en.competitor());
                check(t != null && t.event().equals(e.code), "entry " + en + " is not a team of the event");
            } else {
                Athlete a = athletes.get(en.competitor());
                check(a != null, "entry " + en + " unknown athlete");
                if (a != null) {
                    entered.add(a.id());
                    check(
                            genderOk(e.gender, a.gender()),
                            "athlete " + a.id() + " entered in " + e.code + " of the wrong gender");
                }
            }
        }
        Set<Entry> entrySet = new HashSet<>(d.entries());
        for (Team t : d.teams()) {
            check(entrySet.contains(new Entry(t.event(), t.code())), "team " + t.code() + " not entered");
        }
        for (Event e : d.events()) {
            check(perEvent.getOrDefault(e.code, 0) >= 2, "event " + e.code + " has fewer than 2 competitors");
        }
        for (Athlete a : d.athletes()) {
            check(entered.contains(a.id()), "athlete " + a.id() + " is not entered in any event");
        }
    }
}
