package org.gamescloud.games.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gamescloud.games.dataset.Model.Discipline;
import org.gamescloud.games.dataset.Model.Event;
import org.gamescloud.games.dataset.Model.Noc;
import org.gamescloud.games.dataset.Model.Sport;

/**
 * The sports programme: NOCs, sports, disciplines and the 481 events.
 *
 * <p>All 472 source events are kept. The 9-event gap to the official 481 is filled with plausible events, each
 * flagged; the 13 sailing rows whose class the source could not identify get plausible class names (flagged too).
 * Lowest-score-wins events, which the source had to encode as POINTS_HIGH, become POINTS_LOW.
 */
final class Programme {

    /** One added event: discipline, English name, gender, scoring, team, reason. */
    record Added(String discipline, String name, char gender, String scoring, boolean team, String reason) {}

    static final List<Added> GAP_EVENTS = List.of(
            new Added("SHO", "Men's 10 m running target", 'M', "POINTS_HIGH", false, Programme.SHO_GAP),
            new Added("SHO", "Men's 10 m running target team", 'M', "POINTS_HIGH", true, Programme.SHO_GAP),
            new Added("SHO", "Men's 10 m running target mixed", 'M', "POINTS_HIGH", false, Programme.SHO_GAP),
            new Added("SHO", "Men's 10 m running target mixed team", 'M', "POINTS_HIGH", true, Programme.SHO_GAP),
            new Added("SHO", "Women's 10 m running target", 'W', "POINTS_HIGH", false, Programme.SHO_GAP),
            new Added("MPN", "Men's team", 'M', "POINTS_HIGH", true, Programme.MPN_GAP),
            new Added("MPN", "Women's team", 'W', "POINTS_HIGH", true, Programme.MPN_GAP),
            new Added("STE", "Men's doubles", 'M', "HEAD_TO_HEAD", true, Programme.STE_GAP),
            new Added("STE", "Women's doubles", 'W', "HEAD_TO_HEAD", true, Programme.STE_GAP));

    static final String SHO_GAP = "added (gap fill): 5 of 33 shooting events were not identified; a pre-Games"
            + " tentative schedule (sportskeeda) mentioned 4 men's and 2 women's running target events";
    static final String MPN_GAP = "added (gap fill): team classification of the individual competition; a Korean"
            + " report (Chosun/Yonhap, 24 Sep 2023) mentions a men's team gold";
    static final String STE_GAP = "added (gap fill): plausible only (soft tennis doubles were on the 2018 programme)";

    /** Plausible classes for the 13 unidentified sailing events: English name, gender, team. */
    private static final String[][] SAILING_CLASSES = {
        {"Men's iQFOiL", "M", "no"},
        {"Women's iQFOiL", "W", "no"},
        {"Men's Formula Kite", "M", "no"},
        {"Women's Formula Kite", "W", "no"},
        {"Men's ILCA 7", "M", "no"},
        {"Women's ILCA 6", "W", "no"},
        {"Women's 49erFX", "W", "yes"},
        {"Mixed 470", "X", "yes"},
        {"Mixed Nacra 17", "X", "yes"},
        {"Men's RS:X", "M", "no"},
        {"Women's RS:X", "W", "no"},
        {"Men's ILCA 4", "M", "no"},
        {"Women's ILCA 4", "W", "no"}
    };

    final List<Noc> nocs = new ArrayList<>();
    final List<Sport> sports = new ArrayList<>();
    final List<Discipline> disciplines = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final Map<String, Discipline> disciplineByCode = new LinkedHashMap<>();
    final Map<String, String> disciplineCodeByName = new LinkedHashMap<>();

    static Programme load(Path sourceDir) throws IOException {
        Programme p = new Programme();
        for (Map<String, String> r : Csv.read(sourceDir.resolve("nocs.csv"))) {
            p.nocs.add(new Noc(r.get("code"), r.get("name_en"), r.get("name_zh"), r.get("region")));
        }
        Set<String> sportNames = new HashSet<>();
        for (Map<String, String> r : Csv.read(sourceDir.resolve("sports.csv"))) {
            String sport = r.get("sport");
            String sportCode = sportCode(sport);
            if (sportNames.add(sport)) {
                p.sports.add(new Sport(sportCode, sport, require(ChineseNames.SPORTS, sport)));
            }
            String code = r.get("discipline_code");
            Discipline d =
                    new Discipline(code, sportCode, r.get("discipline"), require(ChineseNames.DISCIPLINES, code));
            p.disciplines.add(d);
            p.disciplineByCode.put(code, d);
            p.disciplineCodeByName.put(r.get("discipline").toLowerCase(Locale.ROOT), code);
        }
        p.buildEvents(Csv.read(sourceDir.resolve("events.csv")));
        return p;
    }

    private void buildEvents(List<Map<String, String>> rows) {
        // Keep the source order per discipline and append the added events after their discipline's last row.
        Map<String, List<Object[]>> byDiscipline = new LinkedHashMap<>();
        for (Discipline d : disciplines) {
            byDiscipline.put(d.code(), new ArrayList<>());
        }
        for (Map<String, String> r : rows) {
            String disc = r.get("discipline_code");
            String name = r.get("event_name");
            char gender = r.get("gender").charAt(0);
            boolean team = r.get("team").equals("yes");
            String flag = null;
            if (name.startsWith("Sailing event, class not identified")) {
                int n = Integer.parseInt(name.replaceAll(".*\\((\\d+) of 13\\).*", "$1"));
                String[] cls = SAILING_CLASSES[n - 1];
                name = cls[0];
                gender = cls[1].charAt(0);
                team = cls[2].equals("yes");
                flag = "class estimated: the source lists 14 sailing events but could not identify this class";
            }
            byDiscipline.get(disc).add(new Object[] {name, gender, scoring(disc, name, r.get("scoring")), team, flag});
        }
        for (Added a : GAP_EVENTS) {
            byDiscipline.get(a.discipline()).add(new Object[] {a.name(), a.gender(), a.scoring(), a.team(), a.reason()
            });
        }
        Set<String> codes = new HashSet<>();
        int order = 0;
        for (Map.Entry<String, List<Object[]>> e : byDiscipline.entrySet()) {
            String disc = e.getKey();
            for (Object[] row : e.getValue()) {
                String name = (String) row[0];
                char gender = (Character) row[1];
                String base = baseName(name);
                String code = OdfCodes.event(disc, gender, base);
                if (!codes.add(code)) {
                    throw new IllegalStateException("duplicate event code " + code + " for " + name);
                }
                String zh = ChineseNames.event(disc, gender, base);
                events.add(new Event(
                        code, disc, name, zh, gender, (String) row[2], (Boolean) row[3], base, order++, (String)
                                row[4]));
            }
        }
    }

    /** Lowest score wins in golf (strokes), sailing (net points), equestrian jumping and eventing (penalties). */
    static String scoring(String discipline, String name, String sourceScoring) {
        String n = name.toLowerCase(Locale.ROOT);
        if (discipline.equals("GLF") || discipline.equals("SAL")) {
            return "POINTS_LOW";
        }
        if (discipline.equals("EQU") && (n.contains("jumping") || n.contains("eventing"))) {
            return "POINTS_LOW";
        }
        return sourceScoring;
    }

    static String baseName(String name) {
        for (String prefix : List.of("Men's ", "Women's ", "Mixed ")) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    static String sportCode(String sportName) {
        return sportName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    }

    private static String require(Map<String, String> map, String key) {
        String v = map.get(key);
        if (v == null) {
            throw new IllegalStateException("no Chinese name for " + key);
        }
        return v;
    }
}
