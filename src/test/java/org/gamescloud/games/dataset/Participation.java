package org.gamescloud.games.dataset;

import java.util.List;
import java.util.Map;
import org.gamescloud.games.dataset.Model.Event;

/**
 * Who competes where: NOC strengths, regional affinities, field sizes per event, squad sizes and which athletes may
 * be entered in several events. All numbers are plausible estimates modelled on Asian Games practice (at most two
 * entries per NOC in most individual events, one in combat sports, one team per team event); none is sourced.
 */
final class Participation {

    private Participation() {}

    /**
     * Overall depth of each delegation (0..1); drives how many events a NOC enters and with how many athletes.
     * CHN/JPN/KOR/IND/THA are the large delegations, small NOCs send a handful of athletes.
     */
    static final Map<String, Double> STRENGTH = Map.ofEntries(
            Map.entry("CHN", 1.00),
            Map.entry("JPN", 0.96),
            Map.entry("KOR", 0.96),
            Map.entry("IND", 0.95),
            Map.entry("THA", 0.92),
            Map.entry("TPE", 0.76),
            Map.entry("HKG", 0.66),
            Map.entry("KAZ", 0.78),
            Map.entry("INA", 0.76),
            Map.entry("MAS", 0.72),
            Map.entry("UZB", 0.72),
            Map.entry("IRI", 0.70),
            Map.entry("PHI", 0.68),
            Map.entry("VIE", 0.68),
            Map.entry("SGP", 0.66),
            Map.entry("MGL", 0.60),
            Map.entry("PAK", 0.55),
            Map.entry("KSA", 0.52),
            Map.entry("MAC", 0.50),
            Map.entry("KGZ", 0.50),
            Map.entry("QAT", 0.50),
            Map.entry("SRI", 0.50),
            Map.entry("BAN", 0.50),
            Map.entry("NEP", 0.50),
            Map.entry("UAE", 0.48),
            Map.entry("KUW", 0.48),
            Map.entry("PRK", 0.45),
            Map.entry("JOR", 0.45),
            Map.entry("TJK", 0.42),
            Map.entry("BRN", 0.42),
            Map.entry("IRQ", 0.42),
            Map.entry("CAM", 0.42),
            Map.entry("LBN", 0.40),
            Map.entry("AFG", 0.40),
            Map.entry("TKM", 0.38),
            Map.entry("LAO", 0.38),
            Map.entry("MYA", 0.38),
            Map.entry("SYR", 0.35),
            Map.entry("OMA", 0.35),
            Map.entry("MDV", 0.30),
            Map.entry("PLE", 0.22),
            Map.entry("YEM", 0.20),
            Map.entry("BRU", 0.20),
            Map.entry("TLS", 0.20),
            Map.entry("BHU", 0.18));

    /** Team tournaments with a fixed (plausible, roughly real) list of participating NOCs. */
    static final Map<String, List<String>> FIXED_TEAMS = Map.ofEntries(
            Map.entry(
                    "FBLM",
                    List.of(
                            "CHN", "JPN", "KOR", "PRK", "IND", "BAN", "MYA", "THA", "VIE", "INA", "KGZ", "UZB", "TJK",
                            "IRI", "KSA", "QAT", "UAE", "KUW", "BRN", "PLE", "HKG", "TPE", "MGL")),
            Map.entry(
                    "FBLW",
                    List.of(
                            "CHN", "JPN", "KOR", "PRK", "TPE", "THA", "VIE", "PHI", "IND", "UZB", "HKG", "MGL", "BAN",
                            "NEP", "SGP", "KGZ", "JOR")),
            Map.entry(
                    "BKBM",
                    List.of(
                            "CHN", "JPN", "KOR", "PHI", "IRI", "JOR", "KSA", "QAT", "BRN", "LBN", "SYR", "IND", "KAZ",
                            "MGL", "TPE", "HKG")),
            Map.entry(
                    "BKBW",
                    List.of("CHN", "JPN", "KOR", "PRK", "TPE", "PHI", "INA", "KAZ", "MGL", "HKG", "IND", "THA", "UZB")),
            Map.entry(
                    "BK3M",
                    List.of(
                            "CHN", "JPN", "KOR", "MGL", "TPE", "PHI", "INA", "MAS", "THA", "VIE", "SGP", "IRI", "QAT",
                            "SYR", "JOR", "KAZ", "UZB", "TKM", "MAC", "MDV")),
            Map.entry(
                    "BK3W",
                    List.of(
                            "CHN", "JPN", "KOR", "MGL", "TPE", "PHI", "INA", "MAS", "THA", "VIE", "KAZ", "UZB", "TKM",
                            "HKG")),
            Map.entry(
                    "VVOM",
                    List.of(
                            "CHN", "JPN", "KOR", "IRI", "QAT", "PAK", "IND", "KAZ", "TPE", "THA", "INA", "VIE", "PHI",
                            "MGL", "KSA", "AFG", "NEP", "HKG", "KUW")),
            Map.entry(
                    "VVOW",
                    List.of("CHN", "JPN", "KOR", "PRK", "THA", "VIE", "TPE", "KAZ", "INA", "PHI", "IND", "HKG", "NEP")),
            Map.entry(
                    "HOCM",
                    List.of("IND", "PAK", "KOR", "JPN", "CHN", "MAS", "BAN", "SGP", "INA", "UZB", "THA", "OMA")),
            Map.entry("HOCW", List.of("IND", "CHN", "KOR", "JPN", "MAS", "THA", "INA", "HKG", "SGP", "KAZ")),
            Map.entry("HBLM", List.of("QAT", "BRN", "KSA", "KUW", "KOR", "JPN", "CHN", "IRI", "IND", "HKG", "UAE")),
            Map.entry("HBLW", List.of("KOR", "JPN", "CHN", "KAZ", "HKG", "IND", "THA", "SGP")),
            Map.entry(
                    "RUGM",
                    List.of("HKG", "JPN", "KOR", "CHN", "SRI", "SGP", "MAS", "PHI", "UAE", "AFG", "INA", "THA")),
            Map.entry("RUGW", List.of("JPN", "CHN", "HKG", "KAZ", "SGP", "THA", "SRI", "KOR")),
            Map.entry("WPOM", List.of("CHN", "JPN", "KAZ", "KOR", "IRI", "SGP", "HKG", "UZB", "KUW")),
            Map.entry("WPOW", List.of("CHN", "JPN", "KAZ", "KOR", "SGP", "THA")),
            Map.entry("KBDM", List.of("IND", "IRI", "PAK", "BAN", "KOR", "TPE", "THA", "JPN", "MAS", "NEP", "CHN")),
            Map.entry("KBDW", List.of("IND", "TPE", "IRI", "NEP", "KOR", "THA", "BAN")),
            Map.entry(
                    "CKTM",
                    List.of(
                            "IND", "PAK", "SRI", "BAN", "AFG", "NEP", "HKG", "MAS", "SGP", "MGL", "MDV", "JPN", "CAM",
                            "THA")),
            Map.entry("CKTW", List.of("IND", "SRI", "BAN", "PAK", "THA", "INA", "HKG", "MAS", "MGL")),
            Map.entry("BSBM", List.of("JPN", "KOR", "TPE", "CHN", "HKG", "THA", "PHI", "MGL", "PAK")),
            Map.entry("SBLW", List.of("JPN", "CHN", "TPE", "PHI", "KOR", "HKG")));

    /** Squad sizes for the team tournaments. */
    static final Map<String, Integer> SQUAD = Map.ofEntries(
            Map.entry("FBL", 22),
            Map.entry("BKB", 12),
            Map.entry("BK3", 4),
            Map.entry("VVO", 14),
            Map.entry("VBV", 2),
            Map.entry("HOC", 18),
            Map.entry("HBL", 16),
            Map.entry("RUG", 12),
            Map.entry("WPO", 13),
            Map.entry("KBD", 12),
            Map.entry("CKT", 15),
            Map.entry("BSB", 24),
            Map.entry("SBL", 18));

    /** How many competitors (athletes or teams) an event has, at most how many per NOC, and team squad sizes. */
    record FieldSpec(int min, int max, int perNoc, int membersMin, int membersMax) {
        static FieldSpec individual(int min, int max, int perNoc) {
            return new FieldSpec(min, max, perNoc, 0, 0);
        }

        static FieldSpec teams(int min, int max, int membersMin, int membersMax) {
            return new FieldSpec(min, max, 1, membersMin, membersMax);
        }
    }

    static FieldSpec field(Event e) {
        String n = e.baseName.toLowerCase(java.util.Locale.ROOT);
        String d = e.discipline;
        if (SQUAD.containsKey(d)) {
            if (d.equals("VBV")) {
                return new FieldSpec(e.gender == 'M' ? 24 : 16, e.gender == 'M' ? 24 : 16, 2, 2, 2);
            }
            int teams = FIXED_TEAMS.get(d + e.gender).size();
            return FieldSpec.teams(teams, teams, SQUAD.get(d), SQUAD.get(d));
        }
        return switch (d) {
            case "SWM" -> {
                if (n.contains("4 x")) {
                    yield n.contains("200") ? FieldSpec.teams(8, 10, 4, 6) : FieldSpec.teams(9, 13, 4, 6);
                }
                int dist = distance(n);
                if (dist <= 100) {
                    yield FieldSpec.individual(28, 38, 2);
                }
                if (dist == 200 && !n.contains("medley")) {
                    yield FieldSpec.individual(22, 30, 2);
                }
                yield dist >= 800 ? FieldSpec.individual(12, 17, 2) : FieldSpec.individual(16, 24, 2);
            }
            case "ATH" -> athletics(n, e.gender);
            case "DIV" -> n.contains("synchro") ? FieldSpec.teams(6, 9, 2, 2) : FieldSpec.individual(10, 16, 2);
            case "SWA" -> n.equals("duet") ? FieldSpec.teams(8, 12, 2, 2) : FieldSpec.teams(6, 8, 8, 10);
            case "OWS" -> FieldSpec.individual(12, 18, 2);
            case "ARC" ->
                e.team
                        ? (e.gender == 'X' ? FieldSpec.teams(14, 18, 2, 2) : FieldSpec.teams(12, 16, 3, 3))
                        : FieldSpec.individual(28, 40, 2);
            case "BDM", "TTE", "TEN", "SQU", "STE" -> racket(d, n, e.gender);
            case "BOX" -> FieldSpec.individual(10, 18, 1);
            case "BKG" -> FieldSpec.individual(14, 18, 2);
            case "CSL" -> FieldSpec.individual(10, 16, 2);
            case "CSP" ->
                n.contains("-1")
                        ? FieldSpec.individual(9, 14, 1)
                        : n.contains("-4") ? FieldSpec.teams(6, 9, 4, 4) : FieldSpec.teams(8, 12, 2, 2);
            case "BMX" -> FieldSpec.individual(8, 14, 2);
            case "MTB" -> FieldSpec.individual(12, 18, 2);
            case "CRD" -> n.contains("road race") ? FieldSpec.individual(20, 30, 2) : FieldSpec.individual(14, 20, 2);
            case "CTR" -> {
                if (n.contains("team sprint")) {
                    yield FieldSpec.teams(6, 9, 3, 3);
                }
                if (n.contains("team pursuit")) {
                    yield FieldSpec.teams(6, 9, 4, 5);
                }
                if (n.contains("madison")) {
                    yield FieldSpec.teams(8, 12, 2, 2);
                }
                yield n.contains("omnium") ? FieldSpec.individual(10, 14, 1) : FieldSpec.individual(12, 17, 2);
            }
            case "DGB" -> FieldSpec.teams(8, 12, 16, 16);
            case "EQU" -> {
                if (n.contains("dressage")) {
                    yield e.team ? FieldSpec.teams(5, 8, 3, 4) : FieldSpec.individual(16, 24, 4);
                }
                if (n.contains("eventing")) {
                    yield e.team ? FieldSpec.teams(4, 6, 3, 4) : FieldSpec.individual(12, 18, 4);
                }
                yield e.team ? FieldSpec.teams(7, 10, 4, 4) : FieldSpec.individual(20, 30, 4);
            }
            case "FEN" -> e.team ? FieldSpec.teams(8, 12, 4, 4) : FieldSpec.individual(18, 26, 2);
            case "GLF" ->
                e.gender == 'M'
                        ? (e.team ? FieldSpec.teams(10, 12, 4, 4) : FieldSpec.individual(32, 42, 4))
                        : (e.team ? FieldSpec.teams(6, 8, 3, 3) : FieldSpec.individual(20, 28, 3));
            case "GAR" ->
                n.equals("team")
                        ? FieldSpec.teams(6, 8, 5, 5)
                        : n.contains("all-around") ? FieldSpec.individual(18, 24, 2) : FieldSpec.individual(8, 8, 2);
            case "GRY" -> n.equals("team") ? FieldSpec.teams(6, 8, 3, 3) : FieldSpec.individual(18, 24, 2);
            case "GTR" -> FieldSpec.individual(8, 12, 2);
            case "JUD" -> e.team ? FieldSpec.teams(10, 14, 6, 8) : FieldSpec.individual(11, 16, 1);
            case "JJI", "KUR" -> FieldSpec.individual(10, 16, 1);
            case "KTE" -> n.equals("kata") ? FieldSpec.individual(12, 18, 1) : FieldSpec.individual(10, 16, 1);
            case "TKW" ->
                e.team
                        ? FieldSpec.teams(10, 14, 4, 6)
                        : n.contains("poomsae") ? FieldSpec.individual(12, 18, 1) : FieldSpec.individual(13, 20, 1);
            case "WRE", "WSH" -> FieldSpec.individual(9, 14, 1);
            case "WLF" -> FieldSpec.individual(8, 14, 1);
            case "BRG" -> FieldSpec.teams(8, 12, 6, 6);
            case "CHS" -> e.team ? FieldSpec.teams(12, 18, 5, 5) : FieldSpec.individual(28, 40, 2);
            case "GOG" ->
                e.team
                        ? (e.gender == 'M' ? FieldSpec.teams(8, 10, 5, 5) : FieldSpec.teams(6, 8, 4, 4))
                        : FieldSpec.individual(16, 24, 2);
            case "XQI" -> e.team ? FieldSpec.teams(8, 12, 3, 3) : FieldSpec.individual(12, 18, 2);
            case "ESP" -> esports(n);
            case "MPN" -> e.team ? FieldSpec.teams(5, 7, 3, 3) : FieldSpec.individual(16, 22, 3);
            case "RSK" -> {
                if (n.contains("relay")) {
                    yield FieldSpec.teams(6, 8, 3, 4);
                }
                if (n.contains("pair")) {
                    yield FieldSpec.teams(6, 8, 2, 2);
                }
                yield n.contains("artistic") ? FieldSpec.individual(8, 12, 2) : FieldSpec.individual(10, 16, 2);
            }
            case "SKB" -> FieldSpec.individual(12, 18, 2);
            case "ROW" -> {
                if (n.equals("single sculls")) {
                    yield FieldSpec.individual(8, 12, 1);
                }
                if (n.equals("eight")) {
                    yield FieldSpec.teams(4, 6, 9, 9);
                }
                boolean four = n.contains("four") || n.contains("quadruple");
                yield four ? FieldSpec.teams(5, 8, 4, 4) : FieldSpec.teams(6, 10, 2, 2);
            }
            case "SAL" -> e.team ? FieldSpec.teams(6, 10, 2, 2) : FieldSpec.individual(8, 14, 1);
            case "STK" ->
                n.equals("team regu")
                        ? FieldSpec.teams(8, 10, 12, 12)
                        : n.equals("regu") ? FieldSpec.teams(8, 12, 5, 5) : FieldSpec.teams(8, 10, 6, 6);
            case "SHO" -> {
                boolean rt = n.contains("running target");
                if (!e.team) {
                    yield rt ? FieldSpec.individual(8, 12, 3) : FieldSpec.individual(28, 40, 3);
                }
                if (e.gender == 'X') {
                    yield FieldSpec.teams(14, 20, 2, 2);
                }
                yield rt ? FieldSpec.teams(3, 4, 3, 3) : FieldSpec.teams(10, 14, 3, 3);
            }
            case "CLB" -> n.contains("relay") ? FieldSpec.teams(6, 8, 3, 4) : FieldSpec.individual(14, 20, 2);
            case "TRI" -> e.team ? FieldSpec.teams(8, 10, 4, 4) : FieldSpec.individual(14, 20, 2);
            default -> throw new IllegalStateException("no field spec for " + e.code);
        };
    }

    private static FieldSpec athletics(String n, char gender) {
        if (n.contains("race walk relay")) {
            return FieldSpec.teams(8, 12, 2, 2);
        }
        if (n.contains("4 x 100")) {
            return FieldSpec.teams(10, 14, 4, 6);
        }
        if (n.contains("4 x 400")) {
            return gender == 'X' ? FieldSpec.teams(8, 10, 4, 6) : FieldSpec.teams(8, 12, 4, 6);
        }
        if (n.equals("100 m")) {
            return FieldSpec.individual(34, 42, 2);
        }
        if (n.equals("200 m")) {
            return FieldSpec.individual(26, 32, 2);
        }
        if (n.equals("400 m")) {
            return FieldSpec.individual(22, 28, 2);
        }
        if (n.contains("hurdles")) {
            return FieldSpec.individual(16, 24, 2);
        }
        if (n.equals("800 m")) {
            return FieldSpec.individual(18, 24, 2);
        }
        if (n.equals("1500 m")) {
            return FieldSpec.individual(14, 20, 2);
        }
        if (n.contains("jump") || n.contains("vault")) {
            return FieldSpec.individual(12, 18, 2);
        }
        if (n.contains("throw") || n.contains("put")) {
            return FieldSpec.individual(10, 16, 2);
        }
        if (n.contains("athlon")) {
            return FieldSpec.individual(8, 12, 2);
        }
        return FieldSpec.individual(12, 18, 2); // 5000, 10000, steeplechase, marathon, race walk
    }

    private static FieldSpec racket(String d, String n, char gender) {
        boolean small = d.equals("SQU") || d.equals("STE");
        if (n.equals("singles")) {
            if (d.equals("TTE")) {
                return FieldSpec.individual(38, 52, 2); // table tennis singles draws are the largest
            }
            return small ? FieldSpec.individual(16, 26, 2) : FieldSpec.individual(34, 48, 2);
        }
        if (n.equals("doubles")) {
            if (gender == 'X') {
                return small ? FieldSpec.teams(12, 16, 2, 2) : FieldSpec.teams(18, 26, 2, 2);
            }
            return small ? FieldSpec.teams(12, 16, 2, 2) : FieldSpec.teams(20, 28, 2, 2);
        }
        // team events
        return switch (d) {
            case "BDM" -> FieldSpec.teams(12, 16, 7, 7);
            case "TTE" -> FieldSpec.teams(14, 18, 5, 5);
            case "SQU" -> FieldSpec.teams(8, 12, 4, 4);
            default -> FieldSpec.teams(8, 10, 5, 5);
        };
    }

    private static FieldSpec esports(String n) {
        if (n.contains("fc online") || n.contains("street fighter")) {
            return FieldSpec.individual(20, 26, 1);
        }
        if (n.contains("pubg")) {
            return FieldSpec.teams(16, 20, 5, 5);
        }
        if (n.contains("dream")) {
            return FieldSpec.teams(8, 10, 4, 4);
        }
        return n.contains("arena") ? FieldSpec.teams(8, 10, 6, 6) : FieldSpec.teams(10, 12, 6, 6);
    }

    /** Regional/sport affinity multiplier for a NOC's chance to enter a discipline (0 = never). */
    static double affinity(String discipline, String noc, String region) {
        boolean east = region.equals("East Asia");
        boolean se = region.equals("Southeast Asia");
        boolean south = region.equals("South Asia");
        boolean central = region.equals("Central Asia");
        boolean west = region.equals("West Asia");
        return switch (discipline) {
            case "STK" -> se ? 2.5 : noc.equals("IND") || noc.equals("KOR") || noc.equals("JPN") ? 1.2 : 0.3;
            case "WSH" -> east || se ? 1.3 : 1.0;
            case "KUR" -> central ? 2.5 : noc.equals("IRI") ? 2.0 : 0.7;
            case "JJI" -> west ? 1.8 : central ? 1.5 : noc.equals("THA") ? 1.3 : 0.8;
            case "WRE" -> central || noc.equals("IRI") || noc.equals("MGL") ? 1.8 : se ? 0.6 : 1.0;
            case "JUD" -> central || noc.equals("MGL") ? 1.5 : 1.0;
            case "BOX" -> central ? 1.5 : noc.equals("IND") ? 1.2 : 1.0;
            case "WLF" -> central ? 1.3 : se ? 1.1 : 1.0;
            case "EQU", "SAL", "GLF" -> STRENGTH.get(noc) < 0.3 ? 0.2 : west ? 1.4 : 1.0;
            case "SQU" ->
                List.of("MAS", "HKG", "KUW", "PAK", "IND", "JPN", "KOR").contains(noc) ? 1.6 : 0.8;
            case "XQI" ->
                east || List.of("MAS", "SGP", "VIE", "PHI", "THA", "INA").contains(noc) ? 1.6 : 0.15;
            case "GOG" -> east ? 2.0 : se ? 0.8 : 0.2;
            case "CHS" -> central || south || noc.equals("VIE") || noc.equals("PHI") ? 1.3 : 1.0;
            case "BRG" -> west ? 0.6 : 1.1;
            case "DGB" -> se || noc.equals("CHN") || noc.equals("IND") ? 1.5 : 0.6;
            case "CRD", "CTR", "BMX", "MTB" -> east || central ? 1.2 : 1.0;
            case "SKB", "CLB" -> east ? 1.3 : 1.0;
            case "DIV", "SWA", "GAR", "GTR" -> east ? 1.4 : 0.8;
            case "GRY" -> east || noc.equals("KAZ") || noc.equals("UZB") ? 1.4 : 0.7;
            case "TKW" -> noc.equals("IRI") || noc.equals("JOR") ? 1.5 : 1.0;
            case "STE" -> east ? 2.0 : se ? 1.2 : 0.3;
            case "MPN" -> east || List.of("KAZ", "UZB", "KGZ").contains(noc) ? 1.5 : 0.4;
            case "ROW", "CSP", "CSL" -> east ? 1.2 : 1.0;
            case "RSK" -> east ? 1.3 : 0.9;
            default -> 1.0;
        };
    }

    /** Events where every NOC may send at least one athlete (universality places). */
    static boolean universality(Event e) {
        return (e.discipline.equals("ATH") && e.baseName.equals("100 m"))
                || (e.discipline.equals("SWM") && e.baseName.equals("50 m freestyle"));
    }

    /**
     * Group of related events whose athletes can be re-entered (a 100 m sprinter may run the 200 m and the relay,
     * but not the marathon); weight classes are exclusive, so their family is the event itself.
     */
    static String family(Event e) {
        String n = e.baseName.toLowerCase(java.util.Locale.ROOT);
        String d = e.discipline;
        if (e.team
                && e.gender == 'X'
                && List.of("JUD", "TKW", "BRG", "TRI", "ATH", "SWM").contains(d)
                && !n.contains("walk")) {
            return "ANY";
        }
        return switch (d) {
            case "ATH" -> {
                if (n.contains("walk")) {
                    yield "WALK";
                }
                if (n.contains("400")) {
                    yield "400";
                }
                if (n.equals("100 m") || n.equals("200 m") || n.contains("4 x 100") || n.contains("hurdles")) {
                    yield "SPRINT";
                }
                if (n.equals("800 m") || n.equals("1500 m")) {
                    yield "MIDDLE";
                }
                if (n.contains("jump") || n.contains("vault")) {
                    yield n.contains("high") || n.contains("vault") ? "JUMPV" : "JUMPH";
                }
                if (n.contains("throw") || n.contains("put")) {
                    yield "THROW";
                }
                yield n.contains("athlon") ? "COMBINED" : "LONG";
            }
            case "SWM" -> {
                if (n.contains("medley relay")) {
                    yield "ANY";
                }
                if (n.contains("freestyle")) {
                    yield "FREE";
                }
                if (n.contains("back")) {
                    yield "BACK";
                }
                if (n.contains("breast")) {
                    yield "BREAST";
                }
                yield n.contains("butterfly") ? "FLY" : "IM";
            }
            case "DIV" -> n.contains("platform") ? "PLATFORM" : "SPRINGBOARD";
            case "SHO" -> {
                if (n.contains("running target")) {
                    yield "RT";
                }
                if (n.contains("rifle")) {
                    yield "RIFLE";
                }
                yield n.contains("pistol") ? "PISTOL" : n.contains("trap") ? "TRAP" : "SKEET";
            }
            case "ARC" -> n.contains("recurve") ? "RECURVE" : "COMPOUND";
            case "FEN" -> n.contains("foil") ? "FOIL" : n.contains("sabre") ? "SABRE" : "EPEE";
            case "CTR" ->
                n.contains("pursuit") || n.contains("omnium") || n.contains("madison") ? "ENDURANCE" : "SPRINT";
            case "CSP", "CSL" -> n.contains("c-") ? "C" : "K";
            case "EQU" -> n.contains("dressage") ? "DRESSAGE" : n.contains("eventing") ? "EVENTING" : "JUMPING";
            case "RSK" -> n.contains("artistic") ? "ARTISTIC" : n.contains("slalom") ? "SLALOM" : "SPEED";
            case "CLB" -> n.contains("speed") ? "SPEED" : "BL";
            case "KTE" -> n.equals("kata") ? "KATA" : e.code;
            case "TKW" -> n.contains("poomsae") ? "POOMSAE" : e.team ? "ANY" : e.code;
            case "JUD" -> e.team ? "ANY" : e.code;
            case "BOX", "WLF", "WRE", "JJI", "KUR", "WSH", "SAL", "ESP", "SKB" -> e.code;
            default -> "ANY";
        };
    }

    /** Chance that a place in this event goes to an athlete already entered in a related event of the NOC. */
    static double reuse(Event e) {
        String d = e.discipline;
        String n = e.baseName.toLowerCase(java.util.Locale.ROOT);
        if (e.team) {
            return switch (d) {
                case "SHO", "ARC", "GLF", "MPN", "EQU", "DGB", "GAR", "GRY", "SWA", "CLB", "JUD", "TKW" -> 1.0;
                case "FEN", "TRI", "TTE", "BDM", "STE", "SQU", "CTR", "RSK", "DIV" -> 0.8;
                case "SWM", "ATH" -> n.contains("walk") ? 0.9 : 0.75;
                case "TEN", "CHS", "XQI", "GOG", "STK", "CSP" -> 0.6;
                case "BRG", "ROW" -> 0.3;
                default -> 0.0;
            };
        }
        return switch (d) {
            case "GAR", "GRY" -> 1.0;
            case "SWM", "DIV", "SHO", "CTR", "RSK" -> 0.55;
            case "ATH" -> 0.35;
            case "TTE", "BDM", "TEN", "SQU", "STE", "CSP", "CRD", "GLF", "CLB" -> 0.3;
            default -> 0.0;
        };
    }

    /** Plausible age range (at the Games) by discipline and gender. */
    static int[] ageRange(String discipline, char gender, String eventName) {
        return switch (discipline) {
            case "SWM", "OWS" -> new int[] {16, 28};
            case "DIV" -> new int[] {15, 28};
            case "SWA", "GRY" -> new int[] {16, 26};
            case "GAR" -> gender == 'W' ? new int[] {16, 24} : new int[] {18, 30};
            case "SKB" -> new int[] {14, 26};
            case "EQU" -> new int[] {22, 55};
            case "SHO" -> new int[] {17, 45};
            case "ARC" -> new int[] {17, 38};
            case "GLF" -> new int[] {16, 35};
            case "CHS", "GOG" -> new int[] {15, 42};
            case "XQI" -> new int[] {18, 50};
            case "BRG" -> new int[] {28, 62};
            case "ESP" -> new int[] {17, 28};
            case "CLB", "BKG" -> new int[] {16, 30};
            case "SAL" -> new int[] {16, 36};
            case "FBL" -> gender == 'M' ? new int[] {18, 24} : new int[] {18, 32};
            case "TTE", "BDM" -> new int[] {17, 32};
            default ->
                eventName.toLowerCase(java.util.Locale.ROOT).contains("marathon")
                                || eventName.toLowerCase(java.util.Locale.ROOT).contains("walk")
                        ? new int[] {22, 38}
                        : new int[] {18, 34};
        };
    }

    private static int distance(String n) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) m").matcher(n);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
