package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gamescloud.games.dataset.Formats.Days;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Slot;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Model.Venue;
import org.gamescloud.games.dataset.Profiles.Profile;
import org.gamescloud.games.dataset.Profiles.Spread;

/**
 * Turns the events into a timetable.
 *
 * <ol>
 *   <li>Gold days: tournaments end on the last days of their window; one-day events are spread over their
 *       discipline's window (men's and women's event of the same name together), after enough days for their
 *       earlier rounds.
 *   <li>Places: each unit gets a venue of its discipline and a session slot (morning/afternoon/evening) with room
 *       left, keeping every phase after the previous one; pools spread over the discipline's venues, finals at the
 *       main venue. A single-hall venue hosts one discipline per session.
 *   <li>Times: inside a session, units run one after another on each field of play (several courts, mats or pistes
 *       run side by side), round by round.
 * </ol>
 */
final class Scheduler {

    /** Minutes a session may run over its planned end before the next unit goes elsewhere. */
    private static final int TOLERANCE = 10;

    private final List<Event> events;
    private final Map<String, Integer> fieldSize;
    private final Map<String, List<String>> venuesByDiscipline = new LinkedHashMap<>();
    final List<Phase> phases = new ArrayList<>();
    final Map<Event, List<Phase>> phasesByEvent = new LinkedHashMap<>();

    private final Map<String, List<Unit>> booked = new HashMap<>();
    private final Map<String, String> hallOwner = new HashMap<>();
    /** Units placed although their session was full, per discipline (printed with -Ddataset.debug=true). */
    final Map<String, Integer> forced = new TreeMap<>();

    Scheduler(List<Event> events, Map<String, Integer> fieldSize, List<Venue> venues) {
        this.events = events;
        this.fieldSize = fieldSize;
        for (Venue v : venues) {
            for (String d : v.disciplines) {
                venuesByDiscipline.computeIfAbsent(d, k -> new ArrayList<>()).add(v.code);
            }
        }
    }

    void run() {
        Map<String, List<Event>> byDiscipline = new LinkedHashMap<>();
        for (Event e : events) {
            byDiscipline.computeIfAbsent(e.discipline, k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Event>> d : byDiscipline.entrySet()) {
            Profile prof = Profiles.get(d.getKey());
            if (prof.spread == Spread.TOURNAMENT) {
                planTournaments(d.getValue(), prof);
            } else {
                planCompact(d.getValue(), prof);
            }
        }
        // Fixed one-day formats first, then tournaments fill the room that is left.
        for (boolean tournaments : new boolean[] {false, true}) {
            for (Map.Entry<Event, List<Phase>> ev : phasesByEvent.entrySet()) {
                boolean t = Profiles.get(ev.getKey().discipline).spread == Spread.TOURNAMENT;
                if (t == tournaments) {
                    place(ev.getKey(), ev.getValue());
                }
            }
        }
        layout();
    }

    // ------------------------------------------------------------------ gold days

    private void planTournaments(List<Event> list, Profile prof) {
        Map<String, List<Event>> byWindow = new LinkedHashMap<>();
        for (Event e : list) {
            LocalDate[] w = prof.window(e);
            byWindow.computeIfAbsent(w[0] + "/" + w[1], k -> new ArrayList<>()).add(e);
        }
        for (List<Event> group : byWindow.values()) {
            LocalDate[] w = prof.window(group.get(0));
            int length = (int) ChronoUnit.DAYS.between(w[0], w[1]) + 1;
            int spread = Math.max(1, Math.min(group.size(), length / 3));
            for (int j = 0; j < group.size(); j++) {
                Event e = group.get(j);
                LocalDate medal = w[1].minusDays(j % spread);
                add(e, Formats.build(e, fieldSize.get(e.code), new Days(w[0], medal, w[1])));
            }
        }
    }

    private void planCompact(List<Event> list, Profile prof) {
        // Build every event against a placeholder gold day (the window end) to learn how many days it needs.
        Map<Event, List<Phase>> built = new LinkedHashMap<>();
        Map<Event, Integer> span = new HashMap<>();
        for (Event e : list) {
            LocalDate[] w = prof.window(e);
            List<Phase> ph = Formats.build(e, fieldSize.get(e.code), new Days(w[0], w[1], w[1]));
            LocalDate first = ph.stream()
                    .flatMap(p -> p.units.stream())
                    .map(u -> u.day)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            span.put(e, (int) ChronoUnit.DAYS.between(first, w[1]));
            built.put(e, ph);
        }
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event e : list) {
            groups.computeIfAbsent(groupKey(e, prof), k -> new ArrayList<>()).add(e);
        }
        List<List<Event>> ordered = new ArrayList<>(groups.values());
        LocalDate[] w = prof.window(list.get(0));
        LocalDate from = prof.medalFrom != null ? prof.medalFrom : w[0];
        int days = (int) ChronoUnit.DAYS.between(from, w[1]) + 1;
        for (int i = 0; i < ordered.size(); i++) {
            List<Event> g = ordered.get(i);
            Integer custom = customDay(g.get(0));
            // Blocks are filled so that the first day of a window is the lightest (teams arrive, draws settle),
            // except judo, whose mixed team event closes the last day.
            int n = ordered.size();
            int index = custom != null
                    ? custom
                    : prof.spread == Spread.INTERLEAVE
                            ? i % days
                            : e0(g).discipline.equals("JUD")
                                    ? (int) ((long) i * days / n)
                                    : days - 1 - (int) ((long) (n - 1 - i) * days / n);
            LocalDate medal = (custom != null ? w[0] : from).plusDays(index);
            int need = g.stream().mapToInt(span::get).max().orElse(0);
            if (medal.isBefore(w[0].plusDays(need))) {
                medal = w[0].plusDays(need);
            }
            if (medal.isAfter(w[1])) {
                throw new IllegalStateException("no room for " + g.get(0).code + " in its window");
            }
            long shift = ChronoUnit.DAYS.between(w[1], medal);
            for (Event e : g) {
                for (Phase p : built.get(e)) {
                    for (Unit u : p.units) {
                        u.day = u.day.plusDays(shift);
                        u.earliestDay = u.earliestDay.plusDays(shift);
                    }
                }
                add(e, built.get(e));
            }
        }
    }

    private static Event e0(List<Event> group) {
        return group.get(0);
    }

    private static String groupKey(Event e, Profile prof) {
        String base = e.baseName.toLowerCase(Locale.ROOT);
        if (prof.spread == Spread.EACH || customDay(e) != null) {
            return e.code;
        }
        if (prof.groupBySibling) {
            return e.gender + "|"
                    + base.replace("individual", "").replace("team", "").trim();
        }
        return base;
    }

    /** Day index (from the window start) for disciplines whose real order matters. */
    private static Integer customDay(Event e) {
        String n = e.baseName.toLowerCase(Locale.ROOT);
        if (e.discipline.equals("GAR")) {
            if (n.equals("team")) {
                return e.gender == 'M' ? 0 : 1;
            }
            if (n.contains("all-around")) {
                return e.gender == 'M' ? 2 : 3;
            }
            boolean first = List.of("floor", "pommel horse", "rings", "vault", "uneven bars")
                            .contains(n)
                    && !(e.gender == 'M' && n.equals("vault"))
                    && !(e.gender == 'W' && n.equals("floor"));
            return first ? 4 : 5;
        }
        if (e.discipline.equals("FEN")) {
            // Individual and team days alternate (two events a day, men's and women's of one weapon); foil has
            // its team day first so that the individual foil falls on 27 Sep, the busiest day of the real Games.
            int weapon = n.contains("épée") ? 0 : n.contains("foil") ? 1 : 2;
            return new int[][] {{0, 1}, {3, 2}, {4, 5}}[weapon][e.team ? 1 : 0];
        }
        if (e.discipline.equals("EQU")) {
            if (n.contains("dressage")) {
                return e.team ? 1 : 2;
            }
            if (n.contains("eventing")) {
                return 7;
            }
            return e.team ? 9 : 11;
        }
        return null;
    }

    private void add(Event e, List<Phase> ph) {
        phasesByEvent.put(e, ph);
        phases.addAll(ph);
    }

    // ------------------------------------------------------------------ places

    private void place(Event e, List<Phase> eventPhases) {
        Profile prof = Profiles.get(e.discipline);
        List<String> venues = venuesByDiscipline.get(e.discipline);
        int eventIndex = (int) events.stream()
                .filter(x -> x.discipline.equals(e.discipline))
                .takeWhile(x -> x != e)
                .count();
        // Latest (day, slot) used by the previous phases, and at which venues.
        long prevKey = -1;
        Set<String> prevVenues = new HashSet<>();
        String prevType = null;
        long phaseMax = -1;
        Set<String> phaseVenues = new HashSet<>();
        for (Phase p : eventPhases) {
            boolean samePoolStage = prevType != null && p.type.startsWith("GP") && prevType.startsWith("GP");
            if (!samePoolStage && prevType != null) {
                if (phaseMax > prevKey) {
                    prevKey = phaseMax;
                    prevVenues = new HashSet<>(phaseVenues);
                } else if (phaseMax == prevKey) {
                    prevVenues.addAll(phaseVenues);
                }
                phaseMax = -1;
                phaseVenues = new HashSet<>();
            }
            prevType = p.type;
            for (Unit u : p.units) {
                placeUnit(u, prof, venues, eventIndex, prevKey, prevVenues);
                long k = key(u.day, u.slot);
                if (k > phaseMax) {
                    phaseMax = k;
                    phaseVenues.clear();
                }
                if (k == phaseMax) {
                    phaseVenues.add(u.venue);
                }
            }
        }
    }

    private static long key(LocalDate day, Slot slot) {
        return day.toEpochDay() * 4 + slot.ordinal();
    }

    private void placeUnit(
            Unit u, Profile prof, List<String> venues, int eventIndex, long prevKey, Set<String> prevVenues) {
        List<String> order = new ArrayList<>();
        if (u.mainVenueOnly) {
            // The main venue (first in the source list), unless another discipline holds that hall.
            order.addAll(venues);
        } else if (u.venueHint >= 0) {
            int start = (u.venueHint + eventIndex) % venues.size();
            for (int i = 0; i < venues.size(); i++) {
                order.add(venues.get((start + i) % venues.size()));
            }
        } else {
            order.addAll(venues);
        }
        boolean fixed =
                u.slotChoices.size() == 1 && u.earliestDay.equals(u.day) && u.latestDay == null && order.size() == 1;
        // Preferred day first, then earlier days, then (pool matches) later days.
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate d = u.day; !d.isBefore(u.earliestDay); d = d.minusDays(1)) {
            candidates.add(d);
        }
        if (u.latestDay != null) {
            for (LocalDate d = u.day.plusDays(1); !d.isAfter(u.latestDay); d = d.plusDays(1)) {
                candidates.add(d);
            }
        }
        String[] fallback = null;
        for (LocalDate d : candidates) {
            for (Slot s : u.slotChoices) {
                long k = key(d, s);
                if (k < prevKey) {
                    continue;
                }
                for (String v : order) {
                    if (k == prevKey && !prevVenues.contains(v)) {
                        continue; // same session as the previous round, but elsewhere: not allowed
                    }
                    if (!hallFree(v, d, s, u.event.discipline)) {
                        continue;
                    }
                    if (fallback == null && d.equals(u.day)) {
                        fallback = new String[] {v, d.toString(), s.name()};
                    }
                    if (fixed || fits(u, prof, v, d, s)) {
                        assign(u, prof, v, d, s);
                        return;
                    }
                }
            }
        }
        if (fallback == null) {
            throw new IllegalStateException(
                    "cannot place unit " + u.code + " on " + u.day + " " + u.slotChoices + " at " + order);
        }
        assign(u, prof, fallback[0], LocalDate.parse(fallback[1]), Slot.valueOf(fallback[2]));
        forced.merge(u.event.discipline, 1, Integer::sum);
        if (Boolean.getBoolean("dataset.debug")) {
            System.out.println("  forced " + u.code + " " + u.day + " " + u.slot + " " + u.venue);
        }
    }

    private boolean hallFree(String venue, LocalDate d, Slot s, String discipline) {
        if (Profiles.MULTI_FIELD_VENUES.contains(venue)) {
            return true;
        }
        String owner = hallOwner.get(venue + "|" + d + "|" + s);
        return owner == null || owner.equals(discipline);
    }

    private static int slotMinutes(Profile prof, Slot s) {
        LocalTime[] t = prof.slots.get(s);
        return (int) ChronoUnit.MINUTES.between(t[0], t[1]);
    }

    private String bucket(Unit u, String venue, LocalDate d, Slot s) {
        return venue + "|" + d + "|" + s + "|" + u.event.discipline + "|" + u.resource;
    }

    /** True if the session still ends on time with this unit added (same packing as the final layout). */
    private boolean fits(Unit u, Profile prof, String venue, LocalDate d, Slot s) {
        List<Unit> planned = new ArrayList<>(booked.getOrDefault(bucket(u, venue, d, s), List.of()));
        planned.add(u);
        return packedMinutes(planned, prof.lanesFor(u.resource), prof.gap) <= slotMinutes(prof, s) + TOLERANCE;
    }

    /** Length of a session part when units run round by round on {@code lanes} parallel fields of play. */
    static int packedMinutes(List<Unit> units, int lanes, int gap) {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(x -> x.rank));
        int[] free = new int[lanes];
        int roundEnd = 0;
        int rank = Integer.MIN_VALUE;
        for (Unit x : sorted) {
            int round = Formats.rank(x.phase.type);
            if (round != rank) {
                if (rank != Integer.MIN_VALUE) {
                    java.util.Arrays.fill(free, roundEnd + gap);
                }
                rank = round;
            }
            int best = 0;
            for (int l = 1; l < lanes; l++) {
                if (free[l] < free[best]) {
                    best = l;
                }
            }
            int end = free[best] + x.minutes;
            free[best] = end + gap;
            roundEnd = Math.max(roundEnd, end);
        }
        return roundEnd;
    }

    private void assign(Unit u, Profile prof, String venue, LocalDate d, Slot s) {
        u.venue = venue;
        u.day = d;
        u.slot = s;
        booked.computeIfAbsent(bucket(u, venue, d, s), k -> new ArrayList<>()).add(u);
        hallOwner.putIfAbsent(venue + "|" + d + "|" + s, u.event.discipline);
    }

    // ------------------------------------------------------------------ times

    private void layout() {
        // Stage of each phase within its event (pools form one stage): a unit may not start before the previous
        // stage of its event has finished, even when that stage was played in an earlier session.
        Map<Phase, Integer> stage = new HashMap<>();
        for (List<Phase> list : phasesByEvent.values()) {
            int s = -1;
            String prev = null;
            for (Phase p : list) {
                if (!(prev != null && prev.startsWith("GP") && p.type.startsWith("GP"))) {
                    s++;
                }
                stage.put(p, s);
                prev = p.type;
            }
        }
        Map<String, LocalDateTime> stageEnd = new HashMap<>();
        Map<String, List<Unit>> sessions = new TreeMap<>();
        for (Phase p : phases) {
            for (Unit u : p.units) {
                sessions.computeIfAbsent(u.day + "|" + u.slot.ordinal() + "|" + u.venue, k -> new ArrayList<>())
                        .add(u);
            }
        }
        for (List<Unit> list : sessions.values()) {
            list.sort(Comparator.comparingInt((Unit u) -> u.rank)
                    .thenComparingInt(u -> u.event.order)
                    .thenComparing(u -> u.code));
            Map<String, Field> fields = new HashMap<>();
            for (Unit u : list) {
                Profile prof = Profiles.get(u.event.discipline);
                Field f = fields.computeIfAbsent(
                        u.event.discipline + "|" + u.resource,
                        k -> new Field(LocalDateTime.of(u.day, prof.slots.get(u.slot)[0]), prof.lanesFor(u.resource)));
                int round = Formats.rank(u.phase.type);
                if (round != f.rank) {
                    // A new round starts when the previous one has finished on every field of play.
                    if (f.rank != Integer.MIN_VALUE) {
                        java.util.Arrays.fill(f.laneFree, f.roundEnd.plusMinutes(prof.gap));
                    }
                    f.rank = round;
                }
                int best = 0;
                for (int l = 1; l < f.laneFree.length; l++) {
                    if (f.laneFree[l].isBefore(f.laneFree[best])) {
                        best = l;
                    }
                }
                LocalDateTime start = f.laneFree[best];
                // Wait for the previous stage of the event, and for the previous step of a sequential final
                // (the ten decathlon events, Swiss rounds, the routines of a wushu all-round event).
                int st = stage.get(u.phase);
                int step = u.rank - Formats.rank(u.phase.type);
                LocalDateTime ready = step > 0
                        ? stageEnd.get(u.event.code + "|" + st + "|" + (step - 1))
                        : st == 0 ? null : stageEnd.get(u.event.code + "|" + (st - 1));
                if (ready != null && ready.plusMinutes(prof.gap).isAfter(start)) {
                    start = ready.plusMinutes(prof.gap);
                }
                u.start = start;
                u.end = start.plusMinutes(u.minutes);
                f.laneFree[best] = u.end.plusMinutes(prof.gap);
                if (u.end.isAfter(f.roundEnd)) {
                    f.roundEnd = u.end;
                }
                stageEnd.merge(u.event.code + "|" + st, u.end, (a, b) -> a.isAfter(b) ? a : b);
                stageEnd.merge(u.event.code + "|" + st + "|" + step, u.end, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }

    /** Debug: sessions whose units run past the end of their slot. */
    void reportOverruns() {
        Map<String, Integer> over = new TreeMap<>();
        for (Phase p : phases) {
            for (Unit u : p.units) {
                LocalDateTime slotEnd = LocalDateTime.of(
                        u.day, Profiles.get(u.event.discipline).slots.get(u.slot)[1]);
                int m = (int) ChronoUnit.MINUTES.between(slotEnd, u.end);
                if (m > TOLERANCE) {
                    over.merge(u.event.discipline + " " + u.venue + " " + u.day + " " + u.slot, m, Math::max);
                }
            }
        }
        over.forEach((k, v) -> System.out.println("  overrun " + k + " +" + v + " min"));
    }

    /** One field of play (or a set of identical ones) inside a session. */
    private static final class Field {
        final LocalDateTime[] laneFree;
        LocalDateTime roundEnd;
        int rank = Integer.MIN_VALUE;

        Field(LocalDateTime start, int lanes) {
            laneFree = new LocalDateTime[lanes];
            java.util.Arrays.fill(laneFree, start);
            roundEnd = start;
        }
    }

    /** Units of all events, in code order. */
    List<Unit> units() {
        List<Unit> all = new ArrayList<>();
        for (Phase p : phases) {
            all.addAll(p.units);
        }
        all.sort(Comparator.comparing(u -> u.code));
        return all;
    }
}
