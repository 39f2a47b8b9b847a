package org.gamescloud.games.dataset;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Slot;

/**
 * Per-discipline scheduling facts: competition windows (modelled on the real Hangzhou timetable: football,
 * cricket, volleyball and beach volleyball from 19 Sep, rowing and modern pentathlon before the opening, athletics
 * in the second week, karate on the last day), session times, fields of play and how events are spread over days.
 */
final class Profiles {

    /** How a discipline with one-day (compact) events spreads its events over its window. */
    enum Spread {
        /** Tournament: every event runs over the whole window, finals on the last days. */
        TOURNAMENT,
        /** Men's and women's event of the same name on one day, days filled in programme order. */
        BLOCK,
        /** Same, but consecutive event names go to different days (swimming, athletics, shooting). */
        INTERLEAVE,
        /** Each event on its own day, in programme order. */
        EACH
    }

    static final class Profile {
        final String discipline;
        final Spread spread;
        /** Window rules, first match wins; the last rule has no predicate. */
        final List<Object[]> windows;

        final Map<Slot, LocalTime[]> slots = new EnumMap<>(Slot.class);
        /** Default slots for units whose format does not say. */
        List<Slot> defaultSlots = List.of(Slot.M, Slot.A, Slot.E);
        /** Minutes between consecutive units on one field of play. */
        int gap = 5;
        /** Parallel fields of play per resource (resource "" = the discipline's default). */
        final Map<String, Integer> lanes = new HashMap<>();
        /** Team tournaments: teams per pool. */
        int poolSize = 4;
        /** Days the first knockout round may take (one venue, few matches a day: cricket). */
        int knockoutRoundDays = 1;
        /** First day a gold may be decided (compact disciplines), if later than the window start. */
        LocalDate medalFrom;
        /** Group an individual event with its team classification (same day) instead of men with women. */
        boolean groupBySibling;

        Profile(String discipline, Spread spread, List<Object[]> windows) {
            this.discipline = discipline;
            this.spread = spread;
            this.windows = windows;
            slots.put(Slot.M, new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(13, 0)});
            slots.put(Slot.A, new LocalTime[] {LocalTime.of(13, 30), LocalTime.of(18, 0)});
            slots.put(Slot.E, new LocalTime[] {LocalTime.of(18, 30), LocalTime.of(22, 30)});
            lanes.put("", 1);
        }

        Profile slot(Slot s, String from, String to) {
            slots.put(s, new LocalTime[] {LocalTime.parse(from), LocalTime.parse(to)});
            return this;
        }

        Profile slots(Slot... s) {
            defaultSlots = List.of(s);
            return this;
        }

        Profile gap(int minutes) {
            gap = minutes;
            return this;
        }

        Profile lanes(String resource, int n) {
            lanes.put(resource, n);
            return this;
        }

        Profile lanes(int n) {
            return lanes("", n);
        }

        Profile knockoutRoundDays(int n) {
            knockoutRoundDays = n;
            return this;
        }

        Profile pool(int size) {
            poolSize = size;
            return this;
        }

        Profile medalFrom(String mmdd) {
            medalFrom = d(mmdd);
            return this;
        }

        Profile bySibling() {
            groupBySibling = true;
            return this;
        }

        int lanesFor(String resource) {
            return lanes.getOrDefault(resource, lanes.get(""));
        }

        LocalDate[] window(Event e) {
            for (Object[] w : windows) {
                @SuppressWarnings("unchecked")
                Predicate<Event> p = (Predicate<Event>) w[0];
                if (p == null || p.test(e)) {
                    return new LocalDate[] {(LocalDate) w[1], (LocalDate) w[2]};
                }
            }
            throw new IllegalStateException("no window for " + e.code);
        }
    }

    /** Venues with separate fields of play, where two disciplines can compete at the same time. */
    static final Set<String> MULTI_FIELD_VENUES =
            Set.of("HZQY-CHS", "CHUN-JSC", "FUYA-YIN", "SXBS-BSB", "QIAN-RSC", "HOSC-AQU", "HOSC-TEN");

    private static final Map<String, Profile> PROFILES = new HashMap<>();

    static Profile get(String discipline) {
        Profile p = PROFILES.get(discipline);
        if (p == null) {
            throw new IllegalStateException("no schedule profile for " + discipline);
        }
        return p;
    }

    private static LocalDate d(String mmdd) {
        return LocalDate.of(2023, Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(2)));
    }

    private static Object[] w(Predicate<Event> p, String from, String to) {
        return new Object[] {p, d(from), d(to)};
    }

    private static Profile p(String disc, Spread spread, String from, String to) {
        Profile pr = new Profile(disc, spread, List.<Object[]>of(w(null, from, to)));
        PROFILES.put(disc, pr);
        return pr;
    }

    private static Profile p(String disc, Spread spread, Object[]... windows) {
        Profile pr = new Profile(disc, spread, List.of(windows));
        PROFILES.put(disc, pr);
        return pr;
    }

    private static Predicate<Event> gender(char g) {
        return e -> e.gender == g;
    }

    /** The team event of a racket or mind sport ("Men's team"), not doubles or pairs. */
    private static Predicate<Event> team() {
        return e -> e.baseName.equals("team");
    }

    private static Predicate<Event> name(String part) {
        return e -> e.baseName.toLowerCase(Locale.ROOT).contains(part);
    }

    static {
        // Aquatics
        p("SWM", Spread.INTERLEAVE, "0924", "0929")
                .slot(Slot.M, "09:00", "12:30")
                .slot(Slot.E, "19:30", "22:00")
                .gap(2);
        p("DIV", Spread.BLOCK, "0930", "1004")
                .slot(Slot.A, "14:00", "17:30")
                .slot(Slot.E, "18:30", "22:00")
                .gap(5);
        p("SWA", Spread.EACH, "1006", "1008").slot(Slot.M, "10:00", "13:00").slot(Slot.A, "14:30", "18:00");
        p("OWS", Spread.EACH, "0930", "1001").slot(Slot.M, "08:00", "11:00");
        p("WPO", Spread.TOURNAMENT, "0925", "1007")
                .slots(Slot.A, Slot.E)
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "22:15")
                .gap(20)
                .pool(5);
        // Athletics: track, field (three areas) and road units run in parallel in one session.
        p("ATH", Spread.INTERLEAVE, "0929", "1005")
                .medalFrom("0930")
                .slot(Slot.M, "07:30", "12:30")
                .slot(Slot.E, "18:30", "22:30")
                .lanes("ATH-FIELD", 3)
                .gap(3);
        // Racket sports: team events first, then the individual events.
        p("BDM", Spread.TOURNAMENT, w(team(), "0928", "1001"), w(null, "1002", "1007"))
                .lanes(5)
                .gap(5)
                .slot(Slot.M, "09:30", "13:30")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "22:30");
        p("TTE", Spread.TOURNAMENT, w(team(), "0922", "0926"), w(null, "0927", "1002"))
                .lanes(6)
                .gap(5)
                .slot(Slot.M, "10:00", "13:30")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "19:00", "22:30");
        p("TEN", Spread.TOURNAMENT, "0924", "0930")
                .lanes(10)
                .gap(10)
                .slot(Slot.M, "10:00", "13:30")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "22:30");
        p("SQU", Spread.TOURNAMENT, w(team(), "0926", "0930"), w(null, "1001", "1005"))
                .lanes(4)
                .gap(5)
                .pool(5);
        p("STE", Spread.TOURNAMENT, w(team(), "1001", "1004"), w(null, "1004", "1007"))
                .lanes(4)
                .gap(5)
                .pool(5);
        // Team sports
        p("FBL", Spread.TOURNAMENT, "0919", "1007")
                .knockoutRoundDays(2)
                .slots(Slot.A, Slot.E)
                .slot(Slot.A, "15:30", "19:00")
                .slot(Slot.E, "20:00", "22:45")
                .gap(30);
        p("BKB", Spread.TOURNAMENT, "0926", "1006")
                .slot(Slot.M, "10:00", "14:30")
                .slot(Slot.A, "15:00", "19:30")
                .slot(Slot.E, "20:00", "22:30")
                .gap(20);
        p("BK3", Spread.TOURNAMENT, "0925", "1001")
                .pool(5)
                .gap(5)
                .slot(Slot.M, "09:30", "13:00")
                .slot(Slot.A, "15:00", "18:00")
                .slot(Slot.E, "19:00", "22:00");
        p("VVO", Spread.TOURNAMENT, w(gender('M'), "0919", "0926"), w(null, "0930", "1007"))
                .gap(20)
                .slot(Slot.M, "09:30", "14:00")
                .slot(Slot.A, "14:30", "19:00")
                .slot(Slot.E, "19:30", "22:30");
        p("VBV", Spread.TOURNAMENT, "0919", "0928")
                .lanes(2)
                .gap(10)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "19:00", "22:00");
        p("HOC", Spread.TOURNAMENT, "0924", "1007")
                .pool(6)
                .gap(20)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "19:00", "22:45");
        p("HBL", Spread.TOURNAMENT, "0924", "1005")
                .pool(6)
                .gap(20)
                .slot(Slot.M, "10:00", "13:45")
                .slot(Slot.A, "14:15", "18:00")
                .slot(Slot.E, "18:30", "22:15");
        p("RUG", Spread.TOURNAMENT, "0924", "0926")
                .gap(10)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "21:30");
        p("KBD", Spread.TOURNAMENT, "1002", "1007").pool(6).lanes(2).gap(20);
        p("CKT", Spread.TOURNAMENT, w(gender('W'), "0919", "0925"), w(null, "0927", "1007"))
                .gap(20)
                .knockoutRoundDays(2)
                .slot(Slot.M, "09:00", "12:30")
                .slot(Slot.A, "13:30", "17:00")
                .slot(Slot.E, "18:00", "21:30");
        p("BSB", Spread.TOURNAMENT, "0926", "1007")
                .pool(5)
                .gap(30)
                .slot(Slot.M, "10:00", "13:30")
                .slot(Slot.A, "14:00", "17:30")
                .slot(Slot.E, "18:30", "22:00");
        p("SBL", Spread.TOURNAMENT, "1001", "1006")
                .pool(6)
                .gap(20)
                .slot(Slot.M, "09:30", "14:00")
                .slot(Slot.A, "14:30", "19:00")
                .slot(Slot.E, "19:30", "22:30");
        // Combat sports
        p("BOX", Spread.TOURNAMENT, "0924", "1005")
                .slots(Slot.A, Slot.E)
                .lanes(2)
                .slot(Slot.A, "13:30", "18:00")
                .slot(Slot.E, "19:00", "22:30")
                .gap(3);
        p("JUD", Spread.BLOCK, "0924", "0927")
                .lanes(2)
                .gap(2)
                .slot(Slot.M, "09:30", "14:30")
                .slot(Slot.E, "15:30", "20:30");
        p("WRE", Spread.BLOCK, "1004", "1007")
                .lanes(2)
                .gap(2)
                .slot(Slot.M, "10:00", "15:00")
                .slot(Slot.E, "17:00", "21:00");
        p("TKW", Spread.BLOCK, "0924", "0928")
                .lanes(2)
                .gap(3)
                .slot(Slot.M, "09:00", "14:00")
                .slot(Slot.A, "14:30", "17:30")
                .slot(Slot.E, "18:30", "21:30");
        p("KTE", Spread.BLOCK, "1005", "1008")
                .lanes(2)
                .gap(2)
                .slot(Slot.M, "09:30", "13:30")
                .slot(Slot.A, "14:00", "17:00")
                .slot(Slot.E, "17:30", "21:00");
        p("JJI", Spread.BLOCK, "1005", "1007")
                .lanes(2)
                .gap(2)
                .slot(Slot.M, "10:00", "14:00")
                .slot(Slot.E, "16:00", "20:00");
        p("KUR", Spread.BLOCK, "0930", "1002")
                .lanes(2)
                .gap(2)
                .slot(Slot.M, "10:00", "14:00")
                .slot(Slot.E, "16:00", "20:00");
        p("WSH", Spread.BLOCK, "0924", "0928")
                .gap(3)
                .slot(Slot.M, "09:00", "12:30")
                .slot(Slot.A, "14:30", "18:00")
                .slot(Slot.E, "19:00", "22:00");
        p("WLF", Spread.BLOCK, "0930", "1007")
                .gap(15)
                .slot(Slot.M, "10:00", "13:00")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "22:30");
        p("FEN", Spread.BLOCK, "0924", "0929")
                .lanes(4)
                .lanes("FEN-FINAL", 1)
                .gap(5)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "13:30", "17:30")
                .slot(Slot.E, "18:00", "22:00");
        // Other sports
        p("ARC", Spread.TOURNAMENT, "1001", "1007")
                .lanes(8)
                .lanes("ARC-MEDAL", 1)
                .gap(5);
        p("BKG", Spread.TOURNAMENT, "1006", "1007")
                .gap(2)
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "19:00", "22:00");
        p("CSL", Spread.EACH, "1005", "1007").medalFrom("1006").gap(10).slot(Slot.A, "13:30", "17:30");
        p("CSP", Spread.BLOCK, "0930", "1003")
                .medalFrom("1001")
                .gap(8)
                .slot(Slot.M, "09:00", "12:30")
                .slot(Slot.A, "14:00", "16:30");
        p("BMX", Spread.BLOCK, "0929", "0929").gap(10);
        p("MTB", Spread.BLOCK, "0925", "0925").gap(20).slot(Slot.M, "09:00", "13:30");
        p("CRD", Spread.EACH, "1003", "1005")
                .gap(20)
                .slot(Slot.M, "08:30", "14:00")
                .slot(Slot.A, "14:30", "18:00");
        p("CTR", Spread.BLOCK, "0925", "0929")
                .medalFrom("0926")
                .gap(5)
                .slot(Slot.A, "13:00", "17:50")
                .slot(Slot.E, "18:30", "22:30");
        p("DGB", Spread.BLOCK, "1004", "1006")
                .gap(10)
                .slot(Slot.M, "09:00", "12:00")
                .slot(Slot.A, "14:00", "16:30");
        p("EQU", Spread.BLOCK, "0925", "1006")
                .lanes("EQU-TEAM", 1)
                .gap(15)
                .slot(Slot.M, "09:00", "13:30")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "18:30", "22:00");
        p("GLF", Spread.BLOCK, "0928", "1001").lanes(2).lanes("GLF-TEAM", 2).slot(Slot.M, "07:30", "13:30");
        p("GAR", Spread.BLOCK, "0924", "0929")
                .gap(10)
                .slot(Slot.M, "10:00", "13:00")
                .slot(Slot.A, "14:00", "17:30")
                .slot(Slot.E, "18:30", "21:30");
        p("GRY", Spread.EACH, "1006", "1007")
                .lanes("GRY-TEAM", 1)
                .gap(10)
                .slot(Slot.M, "10:00", "13:00")
                .slot(Slot.A, "14:00", "17:00");
        p("GTR", Spread.EACH, "1003", "1004")
                .gap(10)
                .slot(Slot.A, "14:00", "16:30")
                .slot(Slot.E, "18:30", "21:00");
        p("MPN", Spread.BLOCK, "0920", "0924")
                .bySibling()
                .gap(15)
                .slot(Slot.M, "08:30", "13:00")
                .slot(Slot.A, "13:30", "17:30")
                .slot(Slot.E, "18:00", "21:00");
        p("RSK", Spread.BLOCK, "0930", "1007")
                .gap(3)
                .slot(Slot.M, "09:00", "12:30")
                .slot(Slot.A, "14:00", "17:30")
                .slot(Slot.E, "18:30", "21:30");
        p("SKB", Spread.EACH, "0924", "0927").gap(10);
        p("ROW", Spread.BLOCK, "0920", "0925").medalFrom("0923").gap(8).slot(Slot.M, "08:30", "12:30");
        p("SAL", Spread.BLOCK, "0921", "0927").medalFrom("0926").lanes(8).gap(0).slot(Slot.A, "11:30", "17:00");
        p("SHO", Spread.INTERLEAVE, "0924", "1001")
                .bySibling()
                .gap(15)
                .slot(Slot.M, "08:30", "13:30")
                .slot(Slot.A, "14:00", "18:30");
        p("CLB", Spread.BLOCK, "1003", "1007")
                .lanes("CLB-BL", 2)
                .gap(3)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "14:00", "17:30")
                .slot(Slot.E, "18:30", "22:00");
        p("TRI", Spread.EACH, "0928", "0930").slot(Slot.M, "08:00", "11:30");
        p(
                        "STK",
                        Spread.TOURNAMENT,
                        w(name("team regu"), "0924", "0929"),
                        w(name("quadrant"), "0930", "1004"),
                        w(null, "1003", "1007"))
                .lanes(2)
                .pool(4)
                .gap(10);
        // Mind sports and esports
        p("BRG", Spread.TOURNAMENT, "0927", "1006")
                .lanes(6)
                .pool(6)
                .gap(15)
                .slot(Slot.M, "09:30", "13:30")
                .slot(Slot.A, "14:30", "18:30");
        p("CHS", Spread.TOURNAMENT, w(team(), "0930", "1007"), w(null, "0924", "0928"))
                .slots(Slot.M, Slot.A)
                .lanes(2)
                .slot(Slot.M, "09:00", "13:00")
                .slot(Slot.A, "15:00", "19:00");
        p("GOG", Spread.TOURNAMENT, w(team(), "0929", "1003"), w(null, "0924", "0928"))
                .slots(Slot.M, Slot.A, Slot.E)
                .lanes(4)
                .pool(5)
                .slot(Slot.M, "09:30", "13:00")
                .slot(Slot.A, "14:30", "18:00");
        p("XQI", Spread.TOURNAMENT, w(team(), "1003", "1007"), w(null, "0928", "1002"))
                .slots(Slot.M, Slot.A)
                .lanes(2)
                .slot(Slot.M, "09:30", "13:00")
                .slot(Slot.A, "14:30", "18:00");
        p(
                        "ESP",
                        Spread.TOURNAMENT,
                        w(name("arena"), "0924", "0926"),
                        w(name("dota"), "0927", "1002"),
                        w(name("dream"), "0928", "1001"),
                        w(name("fc online"), "0926", "0928"),
                        w(name("league"), "0924", "0929"),
                        w(name("pubg"), "0925", "0926"),
                        w(null, "0929", "1002"))
                .lanes(2)
                .pool(4)
                .gap(15)
                .slot(Slot.M, "10:00", "13:30")
                .slot(Slot.A, "14:00", "18:00")
                .slot(Slot.E, "19:00", "23:00");
    }

    private Profiles() {}
}
