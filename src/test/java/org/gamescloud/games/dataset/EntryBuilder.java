package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.games.dataset.Model.Athlete;
import org.gamescloud.games.dataset.Model.Entry;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Team;
import org.gamescloud.games.dataset.Participation.FieldSpec;

/**
 * Builds the synthetic athletes, teams and entries.
 *
 * <p>Events are processed in programme order. For each event the participating NOCs are drawn by strength ×
 * regional affinity × a deterministic jitter until the event's field size is reached; every place is then filled
 * either by an athlete the NOC already entered in a related event of the same discipline (see
 * {@link Participation#family}) or by a new athlete. This gives multi-event swimmers and sprinters, team events made
 * of the individual entrants, and single-event weight-class athletes.
 */
final class EntryBuilder {

    static final LocalDate GAMES_OPENING = LocalDate.of(2023, 9, 23);

    /** One athlete and what they have been entered in. */
    private static final class Rec {
        final Athlete athlete;
        final String family;
        final List<String> events = new ArrayList<>();
        final List<String> siblingKeys = new ArrayList<>();

        Rec(Athlete athlete, String family) {
            this.athlete = athlete;
            this.family = family;
        }
    }

    final List<Athlete> athletes = new ArrayList<>();
    final List<Team> teams = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    /** event code → number of competitors (athletes or teams). */
    final Map<String, Integer> fieldSize = new LinkedHashMap<>();

    private final Map<String, Noc> nocs = new LinkedHashMap<>();
    private final Map<String, List<Rec>> pools = new HashMap<>();
    private final Map<String, Integer> serialByNoc = new HashMap<>();
    private final NameGenerator names = new NameGenerator();

    static EntryBuilder build(Programme programme) {
        EntryBuilder b = new EntryBuilder();
        for (Noc n : programme.nocs) {
            b.nocs.put(n.code(), n);
            if (!Participation.STRENGTH.containsKey(n.code())) {
                throw new IllegalStateException("no strength for NOC " + n.code());
            }
        }
        for (Event e : programme.events) {
            b.enter(e);
        }
        return b;
    }

    private void enter(Event e) {
        FieldSpec spec = Participation.field(e);
        Map<String, Integer> perNoc = selectNocs(e, spec);
        int competitors = 0;
        Rng rng = Rng.of("members", e.code);
        for (Map.Entry<String, Integer> sel : perNoc.entrySet()) {
            String noc = sel.getKey();
            for (int k = 1; k <= sel.getValue(); k++) {
                if (e.team) {
                    int size = rng.between(spec.membersMin(), spec.membersMax());
                    List<String> members = new ArrayList<>();
                    List<String> families = new ArrayList<>();
                    List<Character> genders = memberGenders(e, size, rng);
                    for (char g : genders) {
                        Rec r = place(e, noc, g, members);
                        members.add(r.athlete.id());
                        families.add(r.athlete.familyName());
                    }
                    String code = noc + "-" + e.code.replaceAll("-+$", "") + "-" + k;
                    if (!OdfCodes.valid(code)) {
                        throw new IllegalStateException("bad team code " + code);
                    }
                    String name = size == 2
                            ? families.get(0) + " / " + families.get(1)
                            : nocs.get(noc).nameEn() + (k > 1 ? " " + k : "");
                    teams.add(new Team(code, name, noc, e.code, List.copyOf(members)));
                    entries.add(new Entry(e.code, code));
                } else {
                    char g = individualGender(e, rng);
                    Rec r = place(e, noc, g, List.of());
                    entries.add(new Entry(e.code, r.athlete.id()));
                }
                competitors++;
            }
        }
        fieldSize.put(e.code, competitors);
    }

    /** Chooses the NOCs and how many competitors each enters. */
    private Map<String, Integer> selectNocs(Event e, FieldSpec spec) {
        Map<String, Integer> result = new LinkedHashMap<>();
        List<String> fixed = Participation.FIXED_TEAMS.get(e.discipline + e.gender);
        if (fixed != null) {
            for (String noc : fixed) {
                result.put(noc, 1);
            }
            return result;
        }
        Rng rng = Rng.of("field", e.code);
        int target = rng.between(spec.min(), spec.max());
        List<Object[]> scored = new ArrayList<>();
        for (Noc n : nocs.values()) {
            double a = Participation.affinity(e.discipline, n.code(), n.region());
            double score = Participation.STRENGTH.get(n.code()) * a * (0.55 + 0.9 * rng.nextDouble());
            if (n.code().equals("CHN")) {
                score += 10; // host nation enters every event
            }
            scored.add(new Object[] {n.code(), score});
        }
        scored.sort(Comparator.comparingDouble((Object[] o) -> -(Double) o[1]).thenComparing(o -> (String) o[0]));
        int remaining = target;
        for (Object[] s : scored) {
            if (remaining <= 0) {
                break;
            }
            String noc = (String) s[0];
            double strength = Participation.STRENGTH.get(noc);
            int max = strength >= 0.6 ? spec.perNoc() : strength >= 0.45 ? Math.min(2, spec.perNoc()) : 1;
            int k = Math.min(max, remaining);
            result.put(noc, k);
            remaining -= k;
        }
        if (Participation.universality(e)) {
            // Universality places: the smallest delegations send one athlete even when not drawn.
            for (String noc : nocs.keySet()) {
                if (Participation.STRENGTH.get(noc) < 0.4) {
                    result.putIfAbsent(noc, 1);
                }
            }
        }
        return result;
    }

    private static List<Character> memberGenders(Event e, int size, Rng rng) {
        List<Character> g = new ArrayList<>();
        switch (e.gender) {
            case 'M', 'W' -> {
                for (int i = 0; i < size; i++) {
                    g.add(e.gender);
                }
            }
            case 'X' -> {
                int men = e.discipline.equals("XQI") ? 2 : size / 2;
                for (int i = 0; i < size; i++) {
                    g.add(i < men ? 'M' : 'W');
                }
            }
            default -> {
                for (int i = 0; i < size; i++) {
                    g.add(openGender(e, rng));
                }
            }
        }
        return g;
    }

    private static char individualGender(Event e, Rng rng) {
        return e.gender == 'M' || e.gender == 'W' ? e.gender : openGender(e, rng);
    }

    /** Open events: artistic swimmers are women, sailors of the 49er men, riders either, esports players mostly men. */
    private static char openGender(Event e, Rng rng) {
        return switch (e.discipline) {
            case "SWA" -> 'W';
            case "SAL" -> 'M';
            case "EQU" -> rng.chance(0.5) ? 'M' : 'W';
            default -> rng.chance(0.92) ? 'M' : 'W';
        };
    }

    /** Finds a re-usable athlete of this NOC (same discipline, related event) or creates one. */
    private Rec place(Event e, String noc, char gender, List<String> alreadyInTeam) {
        String family = Participation.family(e);
        String sibling = siblingKey(e);
        double reuse = Participation.reuse(e);
        List<Rec> pool = pools.computeIfAbsent(noc + "|" + e.discipline, k -> new ArrayList<>());
        Rng rng = Rng.of("reuse", e.code, noc, alreadyInTeam.size(), pool.size());
        if (reuse > 0 && rng.chance(reuse)) {
            Rec best = null;
            for (Rec r : pool) {
                if (r.athlete.gender() != gender
                        || r.events.contains(e.code)
                        || alreadyInTeam.contains(r.athlete.id())) {
                    continue;
                }
                if (!family.equals("ANY") && !family.equals(r.family)) {
                    continue;
                }
                if (best == null || better(r, best, sibling)) {
                    best = r;
                }
            }
            if (best != null) {
                best.events.add(e.code);
                best.siblingKeys.add(sibling);
                return best;
            }
        }
        Rec r = new Rec(newAthlete(noc, gender, e), family.equals("ANY") ? e.code : family);
        r.events.add(e.code);
        r.siblingKeys.add(sibling);
        pool.add(r);
        return r;
    }

    /** Prefer athletes of the matching individual event (a team of the individual entrants), then the least used. */
    private static boolean better(Rec a, Rec b, String sibling) {
        boolean sa = a.siblingKeys.contains(sibling);
        boolean sb = b.siblingKeys.contains(sibling);
        if (sa != sb) {
            return sa;
        }
        if (a.events.size() != b.events.size()) {
            return a.events.size() < b.events.size();
        }
        return a.athlete.id().compareTo(b.athlete.id()) < 0;
    }

    /** "10 m air rifle team" and "10 m air rifle", "team recurve" and "individual recurve" share a key. */
    private static String siblingKey(Event e) {
        String n = e.baseName.toLowerCase(Locale.ROOT).replace("individual", "").replace("team", "");
        return n.trim().replaceAll("\\s+", " ");
    }

    private Athlete newAthlete(String noc, char gender, Event e) {
        String id = String.valueOf(1000001 + athletes.size());
        int serial = serialByNoc.merge(noc, 1, Integer::sum);
        String[] name = names.name(noc, gender, serial);
        int[] ages = Participation.ageRange(e.discipline, gender, e.nameEn);
        Rng rng = Rng.of("birth", id);
        // Age at the opening between ages[0] and ages[1], skewed towards the younger half like real fields.
        double u = Math.min(rng.nextDouble(), rng.nextDouble() * 1.3);
        int ageDays = (int) Math.round((ages[0] + Math.min(u, 0.999) * (ages[1] - ages[0] + 1)) * 365.25);
        LocalDate birth = GAMES_OPENING.minusDays(ageDays);
        Athlete a = new Athlete(id, name[0], name[1], noc, gender, birth, e.discipline);
        athletes.add(a);
        return a;
    }
}
