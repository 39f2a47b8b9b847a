package org.gamescloud.games.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gamescloud.games.dataset.Model.Venue;

/**
 * Loads the 50 source venues and fills what the source left empty.
 *
 * <p>Coordinates and capacities that the source could not find are filled with plausible values (the right city and
 * district, a capacity typical for that kind of venue) and flagged {@code *_estimated=true}. The source's
 * {@code sports} column is mapped to discipline codes; FUYA-GYM has no sport in the source and gets handball group
 * matches (flagged in the README).
 */
final class VenuePlanner {

    /** code → {latitude, longitude}: estimated from the district the venue is in. */
    private static final Map<String, double[]> ESTIMATED_LOCATION = new LinkedHashMap<>();

    /** code → seats: estimated from similar venues. */
    private static final Map<String, Integer> ESTIMATED_CAPACITY = new LinkedHashMap<>();

    /** Disciplines added where the source has none. */
    static final Map<String, List<String>> ADDED_DISCIPLINES = Map.of("FUYA-GYM", List.of("HBL"));

    static {
        loc("HOSC-AQU", 30.2350, 120.2310); // Olympic Sports Centre, Binjiang, between stadium and tennis centre
        loc("HOSC-GYM", 30.2360, 120.2290);
        loc("TONG-EQU", 29.8150, 119.6420); // Tonglu county
        loc("ZJUT-CKT", 30.2250, 120.0430); // ZJUT Pingfeng campus, Xihu district
        loc("HLSC-GYM", 30.2695, 120.1305); // Huanglong complex, next to the stadium
        loc("HLSC-AQU", 30.2672, 120.1318);
        loc("XIAO-STA", 30.1770, 120.2620); // Xiaoshan district centre
        loc("XIAO-GYM", 30.1760, 120.2650);
        loc("XIAO-LPU", 30.0430, 120.2470); // Linpu town, south Xiaoshan
        loc("XIAO-GLI", 30.1880, 120.4570); // Guali town, east Xiaoshan
        loc("LINP-STA", 30.4190, 120.2970); // Linping district
        loc("LINP-GYM", 30.4180, 120.2990);
        loc("SHCH-STA", 30.2920, 120.2020); // Shangcheng district
        loc("QIAN-RSC", 30.3040, 120.3700); // Qiantang district (Xiasha)
        loc("HZNU-STA", 30.2920, 120.0070); // Cangqian, Yuhang district
        loc("HZNU-GYM", 30.2935, 120.0095);
        loc("ZJU-ZJG", 30.3035, 120.0815); // Zijingang campus, Xihu district
        loc("HDU-GYM", 30.3150, 120.3440); // Xiasha
        loc("ZJGSU-SC", 30.3100, 120.3900); // Xiasha
        loc("ZJNU-XSG", 30.1930, 120.2780); // Xiaoshan
        loc("WLAK-GLF", 30.1550, 120.0850); // Xihu district, south-west of West Lake
        loc("HZQY-CHS", 30.3170, 120.1450); // Gongshu district
        loc("FUYA-GYM", 30.0500, 119.9600); // Fuyang district centre
        loc("NBXS-SAL", 29.4270, 121.9610); // Xiangshan county, Ningbo
        loc("NBBB-BVB", 29.3800, 121.9450); // Banbianshan, Xiangshan
        loc("WZOC-STA", 27.9660, 120.7940); // Longwan district, Wenzhou
        loc("WZ-DGB", 27.9950, 120.6900); // Wenruitang river, Wenzhou
        loc("DQ-3X3", 30.5350, 119.9900); // Deqing county, Huzhou
        loc("DQSC-GYM", 30.5550, 119.9700);
        loc("SXOC-GYM", 30.0580, 120.4970); // Keqiao district, Shaoxing
        loc("SXCT-GYM", 30.0950, 120.4850);
        loc("SXKQ-CLB", 30.1080, 120.4470);
        loc("SXBS-BSB", 30.0450, 120.6150); // Yuecheng district, Shaoxing
        loc("JHSC-STA", 29.0820, 119.6280); // Jinhua city
        loc("JHSC-GYM", 29.0830, 119.6300);
        loc("ZJNU-EST", 29.1340, 119.6370); // ZJNU main campus, Jinhua

        ESTIMATED_CAPACITY.put("CHUN-JSC", 2000);
        ESTIMATED_CAPACITY.put("XIAO-GYM", 5000);
        ESTIMATED_CAPACITY.put("XIAO-LPU", 3000);
        ESTIMATED_CAPACITY.put("XIAO-GLI", 3000);
        ESTIMATED_CAPACITY.put("QIAN-RSC", 2000);
        ESTIMATED_CAPACITY.put("HZNU-STA", 3000);
        ESTIMATED_CAPACITY.put("HZNU-GYM", 3000);
        ESTIMATED_CAPACITY.put("ZJU-ZJG", 4000);
        ESTIMATED_CAPACITY.put("HDU-GYM", 3000);
        ESTIMATED_CAPACITY.put("ZJGSU-SC", 3000);
        ESTIMATED_CAPACITY.put("ZJNU-XSG", 2500);
        ESTIMATED_CAPACITY.put("WLAK-GLF", 5000);
        ESTIMATED_CAPACITY.put("HZQY-CHS", 500);
        ESTIMATED_CAPACITY.put("FUYA-GYM", 3000);
        ESTIMATED_CAPACITY.put("NBXS-SAL", 2000);
        ESTIMATED_CAPACITY.put("NBBB-BVB", 3000);
        ESTIMATED_CAPACITY.put("WZ-DGB", 2000);
        ESTIMATED_CAPACITY.put("DQ-3X3", 2000);
        ESTIMATED_CAPACITY.put("DQSC-GYM", 4000);
        ESTIMATED_CAPACITY.put("SXCT-GYM", 5000);
        ESTIMATED_CAPACITY.put("JHSC-GYM", 4000);
        ESTIMATED_CAPACITY.put("ZJNU-EST", 10000);
    }

    private static void loc(String code, double lat, double lon) {
        ESTIMATED_LOCATION.put(code, new double[] {lat, lon});
    }

    private VenuePlanner() {}

    static List<Venue> load(Path sourceDir, Programme programme) throws IOException {
        Map<String, double[]> cities = new LinkedHashMap<>();
        for (Map<String, String> r : Csv.read(sourceDir.resolve("cities.csv"))) {
            cities.put(
                    r.get("city"),
                    new double[] {Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))});
        }
        List<Venue> venues = new ArrayList<>();
        for (Map<String, String> r : Csv.read(sourceDir.resolve("venues.csv"))) {
            Venue v = new Venue(r.get("code"), r.get("name_en"), r.get("name_zh"), r.get("city"));
            if (!cities.containsKey(v.city)) {
                throw new IllegalStateException("unknown city " + v.city + " for " + v.code);
            }
            if (!r.get("latitude").isEmpty()) {
                v.latitude = Double.parseDouble(r.get("latitude"));
                v.longitude = Double.parseDouble(r.get("longitude"));
            } else {
                double[] ll = ESTIMATED_LOCATION.get(v.code);
                if (ll == null) {
                    throw new IllegalStateException("no estimated location for " + v.code);
                }
                v.latitude = ll[0];
                v.longitude = ll[1];
                v.locationEstimated = true;
            }
            // Sanity: an estimated (or sourced) point must be in its city's area (co-host cities are ~50 km wide).
            double[] c = cities.get(v.city);
            double km = distanceKm(c[0], c[1], v.latitude, v.longitude);
            if (km > (v.city.equals("Hangzhou") ? 170 : 70)) {
                throw new IllegalStateException(v.code + " is " + km + " km from " + v.city);
            }
            if (!r.get("capacity").isEmpty()) {
                v.capacity = Integer.parseInt(r.get("capacity"));
            } else {
                Integer cap = ESTIMATED_CAPACITY.get(v.code);
                if (cap == null) {
                    throw new IllegalStateException("no estimated capacity for " + v.code);
                }
                v.capacity = cap;
                v.capacityEstimated = true;
            }
            for (String sport : r.get("sports").split(";")) {
                if (sport.isBlank()) {
                    continue;
                }
                String code = programme.disciplineCodeByName.get(sport.trim().toLowerCase(Locale.ROOT));
                if (code == null) {
                    throw new IllegalStateException("unknown discipline '" + sport + "' at " + v.code);
                }
                v.disciplines.add(code);
            }
            for (String added : ADDED_DISCIPLINES.getOrDefault(v.code, List.of())) {
                v.disciplines.add(added);
                v.disciplinesEstimated.add(added);
            }
            venues.add(v);
        }
        for (String d : programme.disciplineByCode.keySet()) {
            if (venues.stream().noneMatch(v -> v.disciplines.contains(d))) {
                throw new IllegalStateException("no venue for discipline " + d);
            }
        }
        return venues;
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }
}
