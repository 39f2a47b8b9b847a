package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Phase;
import org.gamescloud.games.dataset.Model.Slot;
import org.gamescloud.games.dataset.Model.Unit;
import org.gamescloud.games.dataset.Profiles.Profile;

/**
 * Competition formats: the phases and units of one event, sized for its number of competitors, with the day and
 * session (morning/afternoon/evening) each unit is planned in.
 *
 * <p>Formats follow each sport's usual Asian Games structure: heats and finals in swimming, heats → semi-finals →
 * final in sprints, qualification → final in field events, pools then knockouts in team sports, brackets with
 * repechage (judo, wrestling) and two bronze-medal contests in combat sports, brackets without a bronze match in
 * sports where both losing semi-finalists get bronze (medal {@code SEMIFINAL}), Swiss rounds in chess and
 * xiangqi, race days and a medal race in sailing. The unit that decides gold has medal {@code GOLD}.
 */
final class Formats {

    /** The event's window and the day its gold is decided. */
    record Days(LocalDate start, LocalDate medal, LocalDate end) {
        int length() {
            return (int) ChronoUnit.DAYS.between(start, medal) + 1;
        }
    }

    private enum Bronze {
        /** No bronze match: both semi-final units carry medal SEMIFINAL. */
        NONE,
        /** One bronze-medal match. */
        ONE,
        /** Two bronze-medal contests (combat sports). */
        TWO
    }

    private static final Slot M = Slot.M;
    private static final Slot A = Slot.A;
    private static final Slot E = Slot.E;

    private final Event e;
    private final int n;
    private final Days days;
    private final Profile prof;
    private final List<Phase> phases = new ArrayList<>();

    private Formats(Event e, int n, Days days, Profile prof) {
        this.e = e;
        this.n = n;
        this.days = days;
        this.prof = prof;
    }

    static List<Phase> build(Event e, int competitors, Days days) {
        Formats f = new Formats(e, competitors, days, Profiles.get(e.discipline));
        f.dispatch();
        long gold = f.phases.stream()
                .flatMap(p -> p.units.stream())
                .filter(u -> "GOLD".equals(u.medal))
                .count();
        if (gold != 1) {
            throw new IllegalStateException(e.code + " has " + gold + " GOLD units");
        }
        return f.phases;
    }

    private void dispatch() {
        String name = e.baseName.toLowerCase(Locale.ROOT);
        switch (e.discipline) {
            case "SWM" -> swimming(name);
            case "ATH" -> athletics(name);
            case "DIV" -> diving(name);
            case "SWA" -> artisticSwimming(name);
            case "OWS" -> single("Final", "决赛", 130, M);
            case "TRI" -> single("Final", "决赛", e.team ? 90 : 115, M);
            case "MTB" -> single("Final", "决赛", 95, M);
            case "CRD" ->
                single(
                        "Final",
                        "决赛",
                        name.contains("road race") ? (e.gender == 'M' ? 270 : 190) : 75,
                        name.contains("road race") && e.gender == 'W' ? A : M);
            case "WPO" -> tournament(80, Bronze.ONE);
            case "FBL" -> tournament(115, Bronze.ONE);
            case "BKB" -> tournament(110, Bronze.ONE);
            case "BK3" -> tournament(20, Bronze.ONE);
            case "VVO" -> tournament(110, Bronze.ONE);
            case "VBV" -> tournament(55, Bronze.ONE);
            case "HOC" -> tournament(90, Bronze.ONE);
            case "HBL" -> tournament(90, Bronze.ONE);
            case "RUG" -> tournament(22, Bronze.ONE);
            case "CKT" -> tournament(180, Bronze.ONE);
            case "BSB" -> tournament(180, Bronze.ONE);
            case "SBL" -> tournament(120, Bronze.ONE);
            case "KBD" -> tournament(55, Bronze.NONE); // both losing semi-finalists get bronze
            case "STK" -> tournament(name.equals("team regu") ? 120 : 60, Bronze.NONE);
            case "BRG" -> tournament(200, Bronze.NONE);
            case "BKG" -> tournament(12, Bronze.ONE);
            case "ARC" -> archery(name);
            case "BDM", "TTE", "TEN", "SQU", "STE" -> racket(name);
            case "BOX" -> spanningBracket(15, Bronze.NONE);
            case "JUD" -> combat(6, true, E, e.team ? 40 : 0);
            case "WRE" -> combat(8, true, M, 0);
            case "TKW" -> {
                if (name.contains("poomsae")) {
                    judged(2, 60, 90);
                } else {
                    combat(8, false, A, e.team ? 22 : 0);
                }
            }
            case "KTE" -> {
                if (name.equals("kata")) {
                    judged(2, 75, 60);
                } else {
                    combat(5, false, A, 0);
                }
            }
            case "JJI", "KUR" -> combat(7, false, E, 0);
            case "WSH" -> wushu(name);
            case "FEN" -> fencing();
            case "CSL" -> canoeSlalom();
            case "CSP" -> canoeSprint();
            case "BMX" -> bmx();
            case "CTR" -> trackCycling(name);
            case "DGB" -> dragonBoat();
            case "EQU" -> equestrian(name);
            case "GLF" -> golf();
            case "GAR" -> artisticGymnastics(name);
            case "GRY" -> rhythmic(name);
            case "GTR" -> trampoline();
            case "MPN" -> modernPentathlon();
            case "RSK" -> roller(name);
            case "SKB" -> skateboarding();
            case "ROW" -> rowing();
            case "SAL" -> sailing();
            case "SHO" -> shooting(name);
            case "CLB" -> climbing(name);
            case "WLF" -> weightlifting();
            case "CHS" -> swiss(9, 240);
            case "XQI" -> swiss(7, 180);
            case "GOG" -> {
                if (e.team) {
                    tournament(180, Bronze.ONE);
                } else {
                    swiss(7, 180);
                }
            }
            case "ESP" -> esports(name);
            default -> throw new IllegalStateException("no format for " + e.code);
        }
    }

    // ---------------------------------------------------------------- building blocks

    private LocalDate day(int offset) {
        return days.medal().plusDays(offset);
    }

    private Phase phase(String type) {
        for (Phase p : phases) {
            if (p.type.equals(type)) {
                return p;
            }
        }
        Phase p = new Phase(
                OdfCodes.phase(e.code, type),
                e.code,
                type,
                ChineseNames.phaseEn(type),
                ChineseNames.phaseZh(type),
                phases.size() + 1);
        phases.add(p);
        return p;
    }

    static int rank(String type) {
        return switch (type) {
            case "QUAL" -> 5;
            case "HEAT" -> 10;
            case "R64" -> 20;
            case "R32" -> 30;
            case "R16" -> 40;
            case "QFNL" -> 50;
            case "REP" -> 55;
            case "SFNL" -> 60;
            case "BRNZ" -> 70;
            case "FNL" -> 80;
            default -> 10; // pools
        };
    }

    /** Adds a unit; {@code step} orders units of one phase that must follow each other (combined events). */
    private Unit unit(
            Phase p,
            String en,
            String zh,
            String medal,
            int minutes,
            String resource,
            int step,
            LocalDate day,
            Slot... slots) {
        int number = p.units.size() + 1;
        Unit u = new Unit(
                OdfCodes.unit(p.code, number),
                p,
                e,
                en,
                zh,
                medal,
                minutes,
                resource == null ? defaultResource() : resource,
                rank(p.type) + step);
        u.day = day;
        u.earliestDay = day;
        u.slotChoices = slots.length == 0 ? prof.defaultSlots : List.of(slots);
        p.units.add(u);
        return u;
    }

    /** Field of play when the format does not name one; each esports title has its own stage. */
    private String defaultResource() {
        return e.discipline.equals("ESP") ? "ESP-" + e.code.substring(4).replace("-", "") : e.discipline;
    }

    private Unit unit(Phase p, String en, String zh, String medal, int minutes, LocalDate day, Slot... slots) {
        return unit(p, en, zh, medal, minutes, null, 0, day, slots);
    }

    private void single(String en, String zh, int minutes, Slot slot) {
        unit(phase("FNL"), en, zh, "GOLD", minutes, day(0), slot);
    }

    /** One step of a sequential final: day offset from the gold day, slot, English and Chinese name. */
    private record Step(int offset, Slot slot, String en, String zh) {}

    private static Step step(int offset, Slot slot, String en, String zh) {
        return new Step(offset, slot, en, zh);
    }

    /** Sequential units of one final (combined events, routines, rounds); the last one decides gold. */
    private void multiFinal(String resource, int minutes, Step... steps) {
        Phase p = phase("FNL");
        for (int i = 0; i < steps.length; i++) {
            Step st = steps[i];
            unit(
                    p,
                    st.en(),
                    st.zh(),
                    i == steps.length - 1 ? "GOLD" : "",
                    minutes,
                    resource,
                    i,
                    day(st.offset()),
                    st.slot());
        }
    }

    private static String[] matchName(String type, int i, int count) {
        return switch (type) {
            case "R64", "R32", "R16" ->
                new String[] {ChineseNames.phaseEn(type) + ", match " + i, ChineseNames.phaseZh(type) + "第" + i + "场"};
            case "QFNL" -> new String[] {"Quarter-final " + i, "四分之一决赛第" + i + "场"};
            case "SFNL" -> new String[] {"Semi-final " + i, "半决赛第" + i + "场"};
            case "REP" -> new String[] {"Repechage " + i, "复活赛第" + i + "场"};
            case "BRNZ" ->
                count == 1
                        ? new String[] {"Bronze medal match", "铜牌赛"}
                        : new String[] {"Bronze medal contest " + i, "铜牌赛第" + i + "场"};
            case "FNL" -> new String[] {"Final", "决赛"};
            default ->
                new String[] {ChineseNames.phaseEn(type) + ", match " + i, ChineseNames.phaseZh(type) + "第" + i + "场"};
        };
    }

    private static String[] raceName(String type, int i, int count) {
        return switch (type) {
            case "HEAT" -> new String[] {"Heat " + i, "预赛第" + i + "组"};
            case "SFNL" ->
                count == 1 ? new String[] {"Semi-final", "半决赛"} : new String[] {"Semi-final " + i, "半决赛第" + i + "组"};
            case "QUAL" ->
                count == 1
                        ? new String[] {"Qualification", "资格赛"}
                        : new String[] {
                            "Qualification group " + (char) ('A' + i - 1), "资格赛" + (char) ('A' + i - 1) + "组"
                        };
            case "REP" -> new String[] {"Repechage " + i, "复活赛第" + i + "组"};
            default -> new String[] {"Final", "决赛"};
        };
    }

    /** Races: {@code count} units of a heat-like phase. */
    private void races(String type, int count, int minutes, String resource, LocalDate day, Slot slot) {
        Phase p = phase(type);
        for (int i = 1; i <= count; i++) {
            String[] nm = raceName(type, i, count);
            unit(p, nm[0], nm[1], "", minutes, resource, 0, day, slot);
        }
    }

    private void finalRace(int minutes, String resource, LocalDate day, Slot slot) {
        unit(phase("FNL"), "Final", "决赛", "GOLD", minutes, resource, 0, day, slot);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** Knockout rounds for {@code size} competitors: [type, units] from the first round to the semi-finals. */
    static List<Object[]> bracket(int size) {
        List<Object[]> rounds = new ArrayList<>();
        if (size < 2) {
            throw new IllegalArgumentException("bracket of " + size);
        }
        int b = Integer.highestOneBit(size - 1) << 1; // next power of two >= size
        if (b < 2) {
            b = 2;
        }
        int alive = size;
        for (int draw = b; draw > 2; draw /= 2) {
            String type = switch (draw) {
                case 64 -> "R64";
                case 32 -> "R32";
                case 16 -> "R16";
                case 8 -> "QFNL";
                case 4 -> "SFNL";
                default -> throw new IllegalStateException("draw of " + draw);
            };
            int matches = alive - draw / 2; // bouts needed to get down to the next draw size
            if (matches > 0) {
                rounds.add(new Object[] {type, matches});
            }
            alive = draw / 2;
        }
        return rounds;
    }

    private void medalUnits(
            Bronze bronze,
            int minutes,
            String resource,
            LocalDate bronzeDay,
            LocalDate finalDay,
            List<Slot> bronzeSlots,
            List<Slot> finalSlots,
            boolean main) {
        if (bronze != Bronze.NONE) {
            Phase b = phase("BRNZ");
            int count = bronze == Bronze.TWO ? 2 : 1;
            for (int i = 1; i <= count; i++) {
                String[] nm = matchName("BRNZ", i, count);
                Unit u = unit(
                        b, nm[0], nm[1], "BRONZE", minutes, resource, 0, bronzeDay, bronzeSlots.toArray(new Slot[0]));
                u.mainVenueOnly = main;
            }
        }
        Unit f = unit(
                phase("FNL"), "Final", "决赛", "GOLD", minutes, resource, 0, finalDay, finalSlots.toArray(new Slot[0]));
        f.mainVenueOnly = main;
    }

    /** Adds knockout units for a bracket; semi-finals carry SEMIFINAL when there is no bronze match. */
    private void knockoutRound(
            String type,
            int matches,
            int minutes,
            String resource,
            LocalDate day,
            LocalDate earliest,
            List<Slot> slots,
            Bronze bronze,
            boolean main) {
        Phase p = phase(type);
        for (int i = 1; i <= matches; i++) {
            String[] nm = matchName(type, i, matches);
            String medal = type.equals("SFNL") && bronze == Bronze.NONE ? "SEMIFINAL" : "";
            Unit u = unit(p, nm[0], nm[1], medal, minutes, resource, 0, day, slots.toArray(new Slot[0]));
            u.earliestDay = earliest;
            u.venueHint = i - 1;
            u.mainVenueOnly = main;
        }
    }

    private List<Slot> latestFirst() {
        List<Slot> l = new ArrayList<>(prof.defaultSlots);
        java.util.Collections.reverse(l);
        return l;
    }

    // ---------------------------------------------------------------- tournaments

    /** Pools where every pair meets once, then knockouts; spans the event's whole window. */
    private void tournament(int minutes, Bronze bronze) {
        int poolSize = prof.poolSize;
        int pools = n <= poolSize ? 1 : Math.min(8, ceilDiv(n, poolSize));
        int qualifiers = pools == 1 ? (n >= 4 ? 4 : 2) : pools == 2 ? 4 : pools <= 4 ? 8 : pools == 5 ? 8 : 16;
        List<Object[]> ko = bracket(qualifiers);
        int koRounds = ko.size();
        int window = days.length();
        // Days between knockout rounds: three in the long football tournaments, fewer when the window is short.
        int gap = window >= 18 ? 3 : window >= 12 ? 2 : window >= 2 * koRounds + 2 ? 1 : 0;
        int roundDays = prof.knockoutRoundDays;
        LocalDate firstKo = day(-gap * koRounds);
        if (koRounds > 1 && roundDays > 1) {
            firstKo = firstKo.minusDays(roundDays - 1); // the first knockout round is spread over several days
        }
        LocalDate poolEnd = firstKo.isAfter(days.start()) ? firstKo.minusDays(gap == 0 ? 1 : gap) : days.start();
        if (poolEnd.isBefore(days.start())) {
            poolEnd = days.start();
        }
        int poolDays = (int) ChronoUnit.DAYS.between(days.start(), poolEnd) + 1;
        // Pools, filled as evenly as possible (the first pools take the extra teams).
        for (int p = 0; p < pools; p++) {
            int size = n / pools + (p < n % pools ? 1 : 0);
            String type = "GP" + (char) ('A' + p);
            Phase ph = phase(type);
            List<int[]> schedule = roundRobin(size);
            int rounds = schedule.stream().mapToInt(m -> m[0]).max().orElse(0) + 1;
            int k = 0;
            for (int[] match : schedule) {
                k++;
                // Pools are staggered (pool A plays on day 1, pool B on day 2...) so that there are games daily.
                long slotIndex = (long) match[0] * pools + p;
                LocalDate d = days.start().plusDays(slotIndex * poolDays / ((long) rounds * pools));
                Unit u = unit(
                        ph,
                        "Group " + (char) ('A' + p) + ", match " + k,
                        (char) ('A' + p) + "组第" + k + "场",
                        "",
                        minutes,
                        d);
                u.earliestDay = days.start();
                u.latestDay = poolEnd;
                u.venueHint = p;
            }
        }
        for (int r = 0; r < koRounds; r++) {
            String type = (String) ko.get(r)[0];
            int matches = (Integer) ko.get(r)[1];
            LocalDate d = day(-gap * (koRounds - r));
            if (gap == 0) {
                d = day(0);
            }
            LocalDate earliest = r == 0 && koRounds > 1 ? d.minusDays(roundDays - 1) : d;
            knockoutRound(type, matches, minutes, null, d, earliest, prof.defaultSlots, bronze, type.equals("SFNL"));
            if (!earliest.equals(d)) {
                // A first knockout round spread over several days: the first matches on the earliest day.
                List<Unit> list = phase(type).units;
                for (int i = 0; i < list.size(); i++) {
                    list.get(i).day = earliest.plusDays(i % roundDays);
                }
            }
        }
        medalUnits(bronze, minutes, null, day(0), day(0), prof.defaultSlots, latestFirst(), true);
    }

    /** Circle-method round robin: returns {round, home, away} for every pair of a pool. */
    static List<int[]> roundRobin(int size) {
        List<int[]> matches = new ArrayList<>();
        int teams = size % 2 == 0 ? size : size + 1; // a bye when odd
        int rounds = teams - 1;
        int[] slots = new int[teams];
        for (int i = 0; i < teams; i++) {
            slots[i] = i;
        }
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < teams / 2; i++) {
                int a = slots[i];
                int b = slots[teams - 1 - i];
                if (a < size && b < size) {
                    matches.add(new int[] {r, a, b});
                }
            }
            // rotate all but the first
            int last = slots[teams - 1];
            System.arraycopy(slots, 1, slots, 2, teams - 2);
            slots[1] = last;
        }
        return matches;
    }

    /** A knockout draw spread over the window: first rounds may move earlier when a day is full. */
    private void spanningBracket(int minutes, Bronze bronze) {
        List<Object[]> ko = bracket(n);
        int k = ko.size();
        int window = days.length();
        boolean longWindow = window >= 2 * (k + 1);
        for (int r = 0; r < k; r++) {
            // Long windows (boxing): a round every other day, counted back from the final, so that the weight
            // classes, whose finals are on different days, start on different days. Short windows (racket sports):
            // rounds spread evenly from the first day of the window to the day before the final.
            LocalDate d =
                    longWindow ? day(-2 * (k - r)) : days.start().plusDays(Math.round(r * (window - 1) / (double) k));
            if (!d.isBefore(days.medal()) && k > 0) {
                d = days.medal().minusDays(1).isBefore(days.start())
                        ? days.start()
                        : days.medal().minusDays(1);
            }
            String type = (String) ko.get(r)[0];
            knockoutRound(
                    type, (Integer) ko.get(r)[1], minutes, null, d, days.start(), prof.defaultSlots, bronze, false);
            if (r < k - 2) {
                // Early rounds may run into the next day when the first days are full.
                for (Unit u : phase(type).units) {
                    u.latestDay = d.plusDays(1);
                }
            }
        }
        medalUnits(bronze, minutes, null, day(0), day(0), prof.defaultSlots, latestFirst(), false);
    }

    private void racket(String name) {
        boolean team = name.equals("team");
        int minutes = switch (e.discipline) {
            case "TEN" -> name.equals("singles") ? 100 : 80;
            case "BDM" -> team ? 150 : 50;
            case "TTE" -> team ? 120 : 45;
            case "SQU" -> team ? 150 : 45;
            default -> team ? 120 : 45;
        };
        if (team && !e.discipline.equals("BDM")) {
            tournament(minutes, Bronze.NONE);
        } else if (e.discipline.equals("SQU") && e.gender == 'X') {
            tournament(minutes, Bronze.NONE); // mixed doubles: pools then knockouts
        } else {
            spanningBracket(minutes, Bronze.NONE);
        }
    }

    private void swiss(int rounds, int minutes) {
        Phase p = phase("FNL");
        int window = days.length();
        LocalDate prev = null;
        int sameDay = 0;
        for (int r = 0; r < rounds; r++) {
            LocalDate d = days.start().plusDays((long) r * window / rounds);
            sameDay = d.equals(prev) ? sameDay + 1 : 0;
            prev = d;
            Slot s = sameDay == 0 ? M : sameDay == 1 ? A : E;
            unit(p, "Round " + (r + 1), "第" + (r + 1) + "轮", r == rounds - 1 ? "GOLD" : "", minutes, null, r, d, s);
        }
    }

    private void esports(String name) {
        if (name.contains("pubg")) {
            Phase q = phase("QUAL");
            unit(q, "Qualification round 1", "资格赛第1轮", "", 120, null, 0, day(-1), A);
            unit(q, "Qualification round 2", "资格赛第2轮", "", 120, null, 1, day(-1), E);
            unit(phase("FNL"), "Final", "决赛", "GOLD", 150, day(0), E);
        } else if (!e.team) {
            spanningBracket(25, Bronze.ONE);
        } else {
            tournament(name.contains("league") || name.contains("dota") ? 100 : 60, Bronze.ONE);
        }
    }

    // ---------------------------------------------------------------- aquatics and athletics

    private void swimming(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) m").matcher(name);
        int dist = m.find() ? Integer.parseInt(m.group(1)) : 100;
        boolean relay = name.contains("4 x");
        int minutes = relay ? (dist == 200 ? 10 : 6) : Math.max(3, dist / 70 + 3);
        if (n > 8) {
            races("HEAT", ceilDiv(n, 8), minutes, null, day(0), M);
        }
        finalRace(minutes + 5, null, day(0), E);
    }

    private void athletics(String name) {
        String track = "ATH-TRACK";
        String field = "ATH-FIELD";
        String road = "ATH-ROAD";
        if (name.contains("decathlon")) {
            multiFinal(
                    "ATH-COMBINED",
                    45,
                    step(-1, M, "100 m", "100米"),
                    step(-1, M, "Long jump", "跳远"),
                    step(-1, M, "Shot put", "铅球"),
                    step(-1, E, "High jump", "跳高"),
                    step(-1, E, "400 m", "400米"),
                    step(0, M, "110 m hurdles", "110米栏"),
                    step(0, M, "Discus throw", "铁饼"),
                    step(0, M, "Pole vault", "撑竿跳高"),
                    step(0, E, "Javelin throw", "标枪"),
                    step(0, E, "1500 m", "1500米"));
            return;
        }
        if (name.contains("heptathlon")) {
            multiFinal(
                    "ATH-COMBINED",
                    45,
                    step(-1, M, "100 m hurdles", "100米栏"),
                    step(-1, M, "High jump", "跳高"),
                    step(-1, E, "Shot put", "铅球"),
                    step(-1, E, "200 m", "200米"),
                    step(0, M, "Long jump", "跳远"),
                    step(0, E, "Javelin throw", "标枪"),
                    step(0, E, "800 m", "800米"));
            return;
        }
        if (name.contains("marathon") || name.contains("walk")) {
            int minutes = name.contains("marathon") ? 150 : name.contains("relay") ? 175 : 100;
            finalRace(minutes, road, day(0), M);
            return;
        }
        if (name.contains("jump") || name.contains("vault") || name.contains("throw") || name.contains("put")) {
            if (n > 12) {
                races("QUAL", 2, 80, field, day(-1), M);
            }
            finalRace(name.contains("high") || name.contains("vault") ? 140 : 110, field, day(0), E);
            return;
        }
        boolean relay = name.contains("4 x");
        int minutes = name.contains("400")
                ? 8
                : name.contains("800")
                        ? 9
                        : name.contains("1500")
                                ? 10
                                : name.contains("5000")
                                        ? 25
                                        : name.contains("10000") ? 40 : name.contains("steeple") ? 16 : 6;
        if (relay) {
            if (n > 8) {
                races("HEAT", ceilDiv(n, 8), minutes + 2, track, day(-1), M);
            }
            finalRace(minutes + 6, track, day(0), E);
            return;
        }
        if (name.contains("5000") || name.contains("10000") || name.contains("steeple")) {
            finalRace(minutes, track, day(0), E);
            return;
        }
        boolean middle = name.contains("800") || name.contains("1500");
        if (n > 16 && !middle) {
            races("HEAT", ceilDiv(n, 8), minutes, track, day(-1), M);
            races("SFNL", n > 24 ? 3 : 2, minutes, track, day(-1), E);
        } else if (n > 8) {
            races("HEAT", ceilDiv(n, middle && name.contains("1500") ? 12 : 8), minutes, track, day(-1), M);
        }
        finalRace(minutes + 5, track, day(0), E);
    }

    private void diving(String name) {
        if (name.contains("synchro")) {
            unit(phase("FNL"), "Final", "决赛", "GOLD", 60, day(0), A);
            return;
        }
        if (n > 12) {
            races("QUAL", 1, 110, null, day(0), A);
        }
        finalRace(85, null, day(0), E);
    }

    private void artisticSwimming(String name) {
        if (name.equals("duet")) {
            multiFinal(null, 100, step(-1, A, "Technical routine", "技术自选"), step(0, A, "Free routine", "自由自选"));
        } else {
            multiFinal(
                    null,
                    90,
                    step(-2, A, "Technical routine", "技术自选"),
                    step(-1, A, "Free routine", "自由自选"),
                    step(0, M, "Acrobatic routine", "技巧自选"));
        }
    }

    // ---------------------------------------------------------------- combat sports

    /**
     * One-day combat draw: early rounds in the morning, then (judo, wrestling) repechage, semi-finals, two bronze
     * medal contests and the final. {@code extra} lengthens team matches.
     */
    private void combat(int boutMinutes, boolean repechage, Slot semiSlot, int extra) {
        int minutes = boutMinutes + extra;
        List<Object[]> ko = bracket(n);
        for (Object[] round : ko) {
            String type = (String) round[0];
            int matches = (Integer) round[1];
            if (type.equals("SFNL")) {
                if (repechage && e.discipline.equals("JUD")) {
                    repechage(minutes);
                }
                knockoutRound(type, matches, minutes, null, day(0), day(0), List.of(semiSlot), Bronze.TWO, false);
                if (repechage && e.discipline.equals("WRE")) {
                    repechage(minutes);
                }
            } else {
                knockoutRound(type, matches, minutes, null, day(0), day(0), List.of(M), Bronze.TWO, false);
            }
        }
        medalUnits(Bronze.TWO, minutes, null, day(0), day(0), List.of(E), List.of(E), false);
    }

    private void repechage(int minutes) {
        Phase p = phase("REP");
        for (int i = 1; i <= 2; i++) {
            String[] nm = matchName("REP", i, 2);
            unit(p, nm[0], nm[1], "", minutes, day(0), E);
        }
    }

    /** Judged forms (kata, poomsae): qualification pools then the final. */
    private void judged(int pools, int poolMinutes, int finalMinutes) {
        races("QUAL", pools, poolMinutes, null, day(0), M);
        finalRace(finalMinutes, null, day(0), A);
    }

    private void wushu(String name) {
        if (name.contains("sanda")) {
            // Sanda bouts are fought on the leitai, a separate field of play from the taolu carpet.
            List<Object[]> ko = bracket(n);
            for (int r = 0; r < ko.size(); r++) {
                LocalDate d = day(-(ko.size() - r));
                knockoutRound(
                        (String) ko.get(r)[0],
                        (Integer) ko.get(r)[1],
                        10,
                        "WSH-SANDA",
                        d,
                        r == 0 ? days.start() : d,
                        List.of(A, E),
                        Bronze.TWO,
                        false);
            }
            medalUnits(Bronze.TWO, 10, "WSH-SANDA", day(0), day(0), List.of(A, E), List.of(E), false);
            return;
        }
        String[] routines = name.split(" and ");
        // Each routine is one judged unit (all athletes perform in turn); morning, afternoon or evening.
        Phase f = phase("FNL");
        for (int i = 0; i < routines.length; i++) {
            boolean last = i == routines.length - 1;
            unit(
                    f,
                    cap(routines[i]),
                    routineZh(routines[i]),
                    last ? "GOLD" : "",
                    60,
                    null,
                    i,
                    day(i - routines.length + 1),
                    M,
                    A,
                    E);
        }
    }

    private static String routineZh(String routine) {
        return switch (routine) {
            case "changquan" -> "长拳";
            case "nanquan" -> "南拳";
            case "nangun" -> "南棍";
            case "nandao" -> "南刀";
            case "taijiquan" -> "太极拳";
            case "taijijian" -> "太极剑";
            case "daoshu" -> "刀术";
            case "gunshu" -> "棍术";
            case "jianshu" -> "剑术";
            case "qiangshu" -> "枪术";
            default -> throw new IllegalStateException("no Chinese name for wushu routine " + routine);
        };
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void fencing() {
        if (!e.team) {
            int pools = ceilDiv(n, 7);
            for (int p = 0; p < pools; p++) {
                Phase ph = phase("GP" + (char) ('A' + p));
                unit(ph, "Pool " + (p + 1), "小组赛第" + (p + 1) + "组", "", 80, day(0), M);
            }
        }
        for (Object[] round : bracket(n)) {
            String type = (String) round[0];
            boolean semi = type.equals("SFNL");
            // Individual: pools in the morning, direct elimination in the afternoon, semi-finals and final in the
            // evening. Teams: early rounds in the morning, semi-finals in the afternoon, final in the evening.
            Slot slot = e.team ? (semi ? A : M) : (semi ? E : A);
            knockoutRound(
                    type,
                    (Integer) round[1],
                    e.team ? 45 : 15,
                    semi ? "FEN-FINAL" : null,
                    day(0),
                    day(0),
                    List.of(slot),
                    Bronze.NONE,
                    false);
        }
        medalUnits(Bronze.NONE, e.team ? 45 : 15, "FEN-FINAL", day(0), day(0), List.of(E), List.of(E), false);
    }

    // ---------------------------------------------------------------- other sports

    private void archery(String name) {
        // Ranking round on the first day (all bows), eliminations on the following days, medal matches last.
        if (!e.team) {
            unit(phase("QUAL"), "Ranking round", "排名赛", "", 240, days.start(), M, A);
        }
        List<Object[]> ko = bracket(n);
        int k = ko.size();
        LocalDate firstElim = days.start().plusDays(e.team ? 2 : 1);
        for (int r = 0; r < k; r++) {
            String type = (String) ko.get(r)[0];
            LocalDate d = day(-(k - r));
            if (d.isBefore(firstElim)) {
                d = firstElim;
            }
            boolean semi = type.equals("SFNL");
            knockoutRound(
                    type,
                    (Integer) ko.get(r)[1],
                    e.team ? 25 : 20,
                    semi ? "ARC-MEDAL" : null,
                    d,
                    firstElim,
                    prof.defaultSlots,
                    Bronze.ONE,
                    false);
        }
        medalUnits(Bronze.ONE, 25, "ARC-MEDAL", day(0), day(0), List.of(A, E), List.of(A, E), false);
    }

    private void canoeSlalom() {
        races("HEAT", 1, 60, null, day(-1), M);
        Phase h = phase("HEAT");
        unit(h, "Heat 2", "预赛第2组", "", 60, null, 1, day(-1), A);
        unit(phase("SFNL"), "Semi-final", "半决赛", "", 45, day(0), M);
        finalRace(40, null, day(0), A);
    }

    private void canoeSprint() {
        if (n > 9) {
            races("HEAT", ceilDiv(n, 9), 8, null, day(-1), M);
            races("SFNL", 1, 8, null, day(-1), A);
        }
        finalRace(10, null, day(0), M);
    }

    private void bmx() {
        races("QUAL", ceilDiv(n, 8), 45, null, day(0), M);
        finalRace(15, null, day(0), A);
    }

    private void trackCycling(String name) {
        if (name.contains("team sprint")) {
            races("QUAL", 1, 40, null, day(0), A);
            medalUnits(Bronze.ONE, 10, null, day(0), day(0), List.of(E), List.of(E), false);
        } else if (name.contains("team pursuit")) {
            races("QUAL", 1, 50, null, day(-1), A);
            races("SFNL", 2, 15, null, day(0), A);
            medalUnits(Bronze.ONE, 10, null, day(0), day(0), List.of(E), List.of(E), false);
        } else if (name.contains("sprint")) {
            races("QUAL", 1, 40, null, day(-1), A);
            knockoutRound("QFNL", 4, 12, null, day(-1), day(-1), List.of(E), Bronze.ONE, false);
            knockoutRound("SFNL", 2, 12, null, day(0), day(0), List.of(A), Bronze.ONE, false);
            medalUnits(Bronze.ONE, 12, null, day(0), day(0), List.of(E), List.of(E), false);
        } else if (name.contains("keirin")) {
            races("HEAT", ceilDiv(n, 7), 8, null, day(0), A);
            races("REP", 2, 8, null, day(0), E);
            races("SFNL", 2, 8, null, day(0), E);
            finalRace(10, null, day(0), E);
        } else if (name.contains("omnium")) {
            multiFinal(
                    null,
                    25,
                    step(0, A, "Scratch race", "捕捉赛"),
                    step(0, A, "Tempo race", "节奏赛"),
                    step(0, E, "Elimination race", "淘汰赛"),
                    step(0, E, "Points race", "记分赛"));
        } else {
            finalRace(45, null, day(0), E);
        }
    }

    private void dragonBoat() {
        if (n > 6) {
            races("HEAT", ceilDiv(n, 6), 8, null, day(0), M);
            races("SFNL", 1, 8, null, day(0), M);
        }
        finalRace(10, null, day(0), A);
    }

    private void equestrian(String name) {
        String team = "EQU-TEAM";
        if (name.contains("dressage")) {
            if (e.team) {
                multiFinal(
                        null,
                        240,
                        step(-1, M, "Grand Prix, day 1", "大奖赛第一天"),
                        step(0, M, "Grand Prix, day 2", "大奖赛第二天"));
            } else {
                single("Grand Prix Freestyle", "自由式大奖赛", 200, A);
            }
        } else if (name.contains("eventing")) {
            if (e.team) {
                multiFinal(
                        null,
                        200,
                        step(-2, M, "Dressage", "盛装舞步"),
                        step(-1, M, "Cross-country", "越野"),
                        step(0, M, "Jumping", "场地障碍"));
            } else {
                unit(phase("FNL"), "Final jumping", "个人决赛场地障碍", "GOLD", 90, team, 0, day(0), A);
            }
        } else if (e.team) {
            multiFinal(null, 180, step(-1, A, "Round 1", "第一轮"), step(0, A, "Round 2", "第二轮"));
        } else {
            races("QUAL", 1, 180, null, day(-1), A);
            multiFinal(null, 120, step(0, A, "Final, round A", "决赛A轮"), step(0, E, "Final, round B", "决赛B轮"));
        }
    }

    private void golf() {
        String res = e.team ? "GLF-TEAM" : null;
        multiFinal(
                res,
                300,
                step(-3, M, "Round 1", "第一轮"),
                step(-2, M, "Round 2", "第二轮"),
                step(-1, M, "Round 3", "第三轮"),
                step(0, M, "Round 4", "第四轮"));
    }

    private void artisticGymnastics(String name) {
        if (name.equals("team")) {
            multiFinal(
                    null,
                    110,
                    step(0, M, "Subdivision 1", "第一组"),
                    step(0, A, "Subdivision 2", "第二组"),
                    step(0, E, "Subdivision 3", "第三组"));
        } else if (name.contains("all-around")) {
            single("Final", "决赛", 140, E);
        } else {
            single("Final", "决赛", 25, A);
        }
    }

    private void rhythmic(String name) {
        if (name.equals("team")) {
            unit(phase("FNL"), "Final (team ranking)", "决赛（团体排名）", "GOLD", 150, "GRY-TEAM", 0, day(0), M);
        } else {
            Phase q = phase("QUAL");
            unit(q, "Qualification, hoop and ball", "资格赛 圈、球", "", 150, null, 0, day(-1), M);
            unit(q, "Qualification, clubs and ribbon", "资格赛 棒、带", "", 150, null, 1, day(-1), A);
            finalRace(120, null, day(0), A);
        }
    }

    private void trampoline() {
        races("QUAL", 1, 100, null, day(0), A);
        finalRace(60, null, day(0), E);
    }

    private void modernPentathlon() {
        if (e.team) {
            unit(phase("FNL"), "Final (team ranking)", "决赛（团体排名）", "GOLD", 30, "MPN-TEAM", 0, day(0), E);
            return;
        }
        multiFinal(
                null,
                60,
                step(-1, A, "Fencing ranking round", "击剑排名赛"),
                step(0, M, "Swimming", "游泳"),
                step(0, M, "Fencing bonus round", "击剑附加赛"),
                step(0, A, "Riding", "马术"),
                step(0, E, "Laser run", "激光跑"));
    }

    private void roller(String name) {
        if (name.contains("artistic")) {
            multiFinal("RSK-ART", 100, step(-1, E, "Short programme", "短节目"), step(0, E, "Free skating", "自由滑"));
        } else if (name.contains("pair")) {
            unit(phase("FNL"), "Final", "决赛", "GOLD", 90, "RSK-SLALOM", 0, day(0), A);
        } else if (name.contains("slalom")) {
            races("QUAL", 1, 80, "RSK-SLALOM", day(0), M);
            knockoutRound("SFNL", 2, 8, "RSK-SLALOM", day(0), day(0), List.of(A), Bronze.ONE, false);
            medalUnits(Bronze.ONE, 8, "RSK-SLALOM", day(0), day(0), List.of(A), List.of(A), false);
        } else if (name.contains("relay")) {
            if (n > 6) {
                races("HEAT", 2, 8, "RSK-SPEED", day(0), M);
            }
            finalRace(10, "RSK-SPEED", day(0), E);
        } else if (name.contains("points")) {
            finalRace(30, "RSK-SPEED", day(0), E);
        } else {
            races("HEAT", ceilDiv(n, 6), 5, "RSK-SPEED", day(0), M);
            races("SFNL", 2, 5, "RSK-SPEED", day(0), A);
            finalRace(6, "RSK-SPEED", day(0), E);
        }
    }

    private void skateboarding() {
        races("QUAL", ceilDiv(n, 6), 40, null, day(0), M);
        finalRace(90, null, day(0), A);
    }

    private void rowing() {
        if (n > 6) {
            races("HEAT", ceilDiv(n, 6), 10, null, day(-3), M);
            races("REP", 1, 10, null, day(-2), M);
            Phase f = phase("FNL");
            unit(f, "Final B", "B组决赛", "", 10, day(0), M);
            unit(f, "Final A", "A组决赛", "GOLD", 10, day(0), M);
        } else {
            unit(phase("FNL"), "Final A", "A组决赛", "GOLD", 10, day(0), M);
        }
    }

    private void sailing() {
        // A unit per race day (two or three races each), then the medal race that decides gold.
        Step[] steps = new Step[6];
        for (int i = 0; i < 5; i++) {
            steps[i] = step(i - 5, A, "Race day " + (i + 1), "第" + (i + 1) + "比赛日");
        }
        steps[5] = step(0, A, "Medal race", "奖牌轮");
        multiFinal(null, 150, steps);
    }

    private void shooting(String name) {
        String range = name.contains("running target")
                ? "SHO-RT"
                : name.contains("trap")
                        ? "SHO-TRAP"
                        : name.contains("skeet")
                                ? "SHO-SKEET"
                                : name.startsWith("10 m") ? "SHO-10M" : name.startsWith("25 m") ? "SHO-25M" : "SHO-50M";
        boolean shotgun = name.contains("trap") || name.contains("skeet");
        if (e.team && e.gender != 'X' || e.team && name.contains("running target")) {
            // Team result from the qualification scores of the individual event.
            unit(
                    phase("FNL"),
                    "Final (team ranking)",
                    "决赛（团体排名）",
                    "GOLD",
                    shotgun ? 120 : 90,
                    range + "-TEAM",
                    0,
                    day(0),
                    M);
            return;
        }
        if (e.team) { // mixed team: qualification then bronze and gold medal matches
            races("QUAL", 1, shotgun ? 120 : 60, range, day(0), M);
            medalUnits(
                    Bronze.ONE,
                    30,
                    shotgun ? "SHO-SGFINAL" : "SHO-FINAL",
                    day(0),
                    day(0),
                    List.of(A),
                    List.of(A),
                    false);
            return;
        }
        Phase q = phase("QUAL");
        if (shotgun || name.startsWith("25 m") || name.equals("10 m running target")) {
            String[] parts = shotgun
                    ? new String[] {"Qualification, day 1", "资格赛第一天", "Qualification, day 2", "资格赛第二天"}
                    : name.contains("rapid")
                            ? new String[] {"Qualification, stage 1", "资格赛第一阶段", "Qualification, stage 2", "资格赛第二阶段"}
                            : name.contains("running")
                                    ? new String[] {
                                        "Qualification, slow runs", "资格赛慢速", "Qualification, fast runs", "资格赛快速"
                                    }
                                    : new String[] {"Qualification, precision", "资格赛慢射", "Qualification, rapid", "资格赛速射"
                                    };
            unit(q, parts[0], parts[1], "", shotgun ? 150 : 90, range, 0, day(-1), M);
            unit(q, parts[2], parts[3], "", shotgun ? 120 : 90, range, 1, day(0), M);
        } else {
            unit(q, "Qualification", "资格赛", "", name.contains("50 m") ? 90 : 75, range, 0, day(0), M);
        }
        finalRace(shotgun ? 60 : 45, shotgun ? "SHO-SGFINAL" : "SHO-FINAL", day(0), A);
    }

    private void climbing(String name) {
        if (name.contains("boulder")) {
            Phase q = phase("QUAL");
            unit(q, "Qualification, boulder", "资格赛 攀石", "", 150, "CLB-BL", 0, day(-1), M);
            unit(q, "Qualification, lead", "资格赛 难度", "", 120, "CLB-BL", 1, day(-1), A);
            multiFinal("CLB-BL", 110, step(0, A, "Final, boulder", "决赛 攀石"), step(0, E, "Final, lead", "决赛 难度"));
            return;
        }
        races("QUAL", 1, 60, "CLB-SPEED", day(0), M);
        if (!name.contains("relay")) {
            knockoutRound("QFNL", 4, 4, "CLB-SPEED", day(0), day(0), List.of(E), Bronze.ONE, false);
        }
        knockoutRound("SFNL", 2, 4, "CLB-SPEED", day(0), day(0), List.of(E), Bronze.ONE, false);
        medalUnits(Bronze.ONE, 4, "CLB-SPEED", day(0), day(0), List.of(E), List.of(E), false);
    }

    private void weightlifting() {
        Phase f = phase("FNL");
        int step = 0;
        if (n > 10) {
            unit(f, "Group B", "B组", "", 90, null, step++, day(0), M, A);
        }
        unit(f, "Group A", "A组", "GOLD", 120, null, step, day(0), E, A);
    }
}
