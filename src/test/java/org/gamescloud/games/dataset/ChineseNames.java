package org.gamescloud.games.dataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simplified Chinese names (standard PRC sport terms) for sports, disciplines and events.
 *
 * <p>Event names are produced by template: gender prefix (男子/女子/混合) + the rest of the English name translated
 * by ordered phrase tables (longest phrases first) and number patterns ({@code 100 m} → 100米, {@code 60 kg} →
 * 60公斤级). A few names where the template would read badly are given whole. The result is checked for left-over
 * Latin words so that a new English term cannot slip through untranslated.
 */
final class ChineseNames {

    private ChineseNames() {}

    static final Map<String, String> SPORTS = Map.ofEntries(
            Map.entry("Aquatics", "水上运动"),
            Map.entry("Archery", "射箭"),
            Map.entry("Athletics", "田径"),
            Map.entry("Badminton", "羽毛球"),
            Map.entry("Baseball", "棒垒球"),
            Map.entry("Basketball", "篮球"),
            Map.entry("Boxing", "拳击"),
            Map.entry("Breaking", "霹雳舞"),
            Map.entry("Canoeing", "皮划艇"),
            Map.entry("Cricket", "板球"),
            Map.entry("Cycling", "自行车"),
            Map.entry("Dragon boat", "龙舟"),
            Map.entry("Equestrian", "马术"),
            Map.entry("Fencing", "击剑"),
            Map.entry("Field hockey", "曲棍球"),
            Map.entry("Football", "足球"),
            Map.entry("Golf", "高尔夫球"),
            Map.entry("Gymnastics", "体操"),
            Map.entry("Handball", "手球"),
            Map.entry("Judo", "柔道"),
            Map.entry("Kabaddi", "卡巴迪"),
            Map.entry("Martial arts", "格斗运动"),
            Map.entry("Mind sports", "智力运动"),
            Map.entry("Modern pentathlon", "现代五项"),
            Map.entry("Roller sports", "轮滑"),
            Map.entry("Rowing", "赛艇"),
            Map.entry("Rugby sevens", "七人制橄榄球"),
            Map.entry("Sailing", "帆船"),
            Map.entry("Sepak takraw", "藤球"),
            Map.entry("Shooting", "射击"),
            Map.entry("Sport climbing", "攀岩"),
            Map.entry("Squash", "壁球"),
            Map.entry("Table tennis", "乒乓球"),
            Map.entry("Taekwondo", "跆拳道"),
            Map.entry("Tennis", "网球"),
            Map.entry("Triathlon", "铁人三项"),
            Map.entry("Volleyball", "排球"),
            Map.entry("Weightlifting", "举重"),
            Map.entry("Wrestling", "摔跤"),
            Map.entry("Wushu", "武术"));

    static final Map<String, String> DISCIPLINES = Map.ofEntries(
            Map.entry("SWA", "艺术游泳"),
            Map.entry("DIV", "跳水"),
            Map.entry("OWS", "马拉松游泳"),
            Map.entry("SWM", "游泳"),
            Map.entry("WPO", "水球"),
            Map.entry("ARC", "射箭"),
            Map.entry("ATH", "田径"),
            Map.entry("BDM", "羽毛球"),
            Map.entry("BSB", "棒球"),
            Map.entry("SBL", "垒球"),
            Map.entry("BKB", "篮球"),
            Map.entry("BK3", "三人篮球"),
            Map.entry("BOX", "拳击"),
            Map.entry("BKG", "霹雳舞"),
            Map.entry("CSL", "皮划艇激流回旋"),
            Map.entry("CSP", "皮划艇静水"),
            Map.entry("CKT", "板球"),
            Map.entry("BMX", "自行车小轮车"),
            Map.entry("MTB", "山地自行车"),
            Map.entry("CRD", "公路自行车"),
            Map.entry("CTR", "场地自行车"),
            Map.entry("DGB", "龙舟"),
            Map.entry("EQU", "马术"),
            Map.entry("FEN", "击剑"),
            Map.entry("HOC", "曲棍球"),
            Map.entry("FBL", "足球"),
            Map.entry("GLF", "高尔夫球"),
            Map.entry("GAR", "竞技体操"),
            Map.entry("GRY", "艺术体操"),
            Map.entry("GTR", "蹦床"),
            Map.entry("HBL", "手球"),
            Map.entry("JUD", "柔道"),
            Map.entry("KBD", "卡巴迪"),
            Map.entry("JJI", "柔术"),
            Map.entry("KTE", "空手道"),
            Map.entry("KUR", "克柔术"),
            Map.entry("BRG", "桥牌"),
            Map.entry("CHS", "国际象棋"),
            Map.entry("ESP", "电子竞技"),
            Map.entry("GOG", "围棋"),
            Map.entry("XQI", "象棋"),
            Map.entry("MPN", "现代五项"),
            Map.entry("RSK", "轮滑"),
            Map.entry("SKB", "滑板"),
            Map.entry("ROW", "赛艇"),
            Map.entry("RUG", "七人制橄榄球"),
            Map.entry("SAL", "帆船"),
            Map.entry("STK", "藤球"),
            Map.entry("SHO", "射击"),
            Map.entry("CLB", "攀岩"),
            Map.entry("SQU", "壁球"),
            Map.entry("TTE", "乒乓球"),
            Map.entry("TKW", "跆拳道"),
            Map.entry("STE", "软式网球"),
            Map.entry("TEN", "网球"),
            Map.entry("TRI", "铁人三项"),
            Map.entry("VBV", "沙滩排球"),
            Map.entry("VVO", "排球"),
            Map.entry("WLF", "举重"),
            Map.entry("WRE", "摔跤"),
            Map.entry("WSH", "武术"));

    /** Whole names (English name without gender → Chinese, gender prefix then added as usual), per discipline. */
    private static final Map<String, String> WHOLE = Map.ofEntries(
            Map.entry("SWA|duet", "双人"),
            Map.entry("SWA|team", "集体"),
            Map.entry("ARC|team recurve#X", "反曲弓混合团体"),
            Map.entry("ARC|team compound#X", "复合弓混合团体"),
            Map.entry("SHO|10 m air rifle team#X", "10米气步枪混合团体"),
            Map.entry("SHO|10 m air pistol team#X", "10米气手枪混合团体"),
            Map.entry("SHO|trap team#X", "多向飞碟混合团体"),
            Map.entry("SHO|skeet team#X", "双向飞碟混合团体"),
            Map.entry("ESP|arena of valor asian games version", "王者荣耀亚运版本"),
            Map.entry("ESP|dota 2", "刀塔2"),
            Map.entry("ESP|dream three kingdoms 2", "梦三国2"),
            Map.entry("ESP|ea sports fc online", "EA SPORTS FC Online"),
            Map.entry("ESP|league of legends", "英雄联盟"),
            Map.entry("ESP|pubg mobile asian games version", "和平精英亚运版本"),
            Map.entry("ESP|street fighter v", "街头霸王5"),
            Map.entry("BKG|b-boys", "霹雳舞男子"),
            Map.entry("BKG|b-girls", "霹雳舞女子"),
            Map.entry("RSK|inline freestyle slalom pair#X", "自由式轮滑双人花式绕桩"),
            Map.entry("TKW|team kyorugi#X", "混合团体竞技"));

    /** Phrase → Chinese, applied in this order (so longer phrases go first). Keys may be discipline-scoped. */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        // Aquatics
        PHRASES.put("SWM|freestyle relay", "自由泳接力");
        PHRASES.put("SWM|medley relay", "混合泳接力");
        PHRASES.put("SWM|individual medley", "个人混合泳");
        PHRASES.put("SWM|freestyle", "自由泳");
        PHRASES.put("backstroke", "仰泳");
        PHRASES.put("breaststroke", "蛙泳");
        PHRASES.put("butterfly", "蝶泳");
        PHRASES.put("synchronised", "双人");
        PHRASES.put("springboard", "跳板");
        PHRASES.put("platform", "跳台");
        // Athletics
        PHRASES.put("race walk relay", "竞走接力");
        PHRASES.put("race walk", "竞走");
        PHRASES.put("steeplechase", "障碍");
        PHRASES.put("hurdles", "栏");
        PHRASES.put("marathon", "马拉松");
        PHRASES.put("high jump", "跳高");
        PHRASES.put("pole vault", "撑竿跳高");
        PHRASES.put("long jump", "跳远");
        PHRASES.put("triple jump", "三级跳远");
        PHRASES.put("shot put", "铅球");
        PHRASES.put("discus throw", "铁饼");
        PHRASES.put("hammer throw", "链球");
        PHRASES.put("javelin throw", "标枪");
        PHRASES.put("decathlon", "十项全能");
        PHRASES.put("heptathlon", "七项全能");
        // Archery
        PHRASES.put("individual recurve", "反曲弓个人");
        PHRASES.put("team recurve", "反曲弓团体");
        PHRASES.put("individual compound", "复合弓个人");
        PHRASES.put("team compound", "复合弓团体");
        // Racket sports
        PHRASES.put("singles", "单打");
        PHRASES.put("doubles", "双打");
        // Canoeing
        PHRASES.put("CSL|c-1", "激流回旋单人划艇");
        PHRASES.put("CSL|k-1", "激流回旋单人皮艇");
        PHRASES.put("c-1", "单人划艇");
        PHRASES.put("c-2", "双人划艇");
        PHRASES.put("k-1", "单人皮艇");
        PHRASES.put("k-2", "双人皮艇");
        PHRASES.put("k-4", "四人皮艇");
        // Cycling
        PHRASES.put("bmx race", "小轮车竞速");
        PHRASES.put("cross-country", "越野赛");
        PHRASES.put("road race", "公路赛");
        PHRASES.put("individual time trial", "个人计时赛");
        PHRASES.put("team sprint", "团体竞速赛");
        PHRASES.put("team pursuit", "团体追逐赛");
        PHRASES.put("CTR|sprint", "争先赛");
        PHRASES.put("keirin", "凯林赛");
        PHRASES.put("omnium", "全能赛");
        PHRASES.put("madison", "麦迪逊赛");
        // Dragon boat
        PHRASES.put("DGB|", "龙舟");
        // Equestrian
        PHRASES.put("individual dressage", "盛装舞步个人");
        PHRASES.put("team dressage", "盛装舞步团体");
        PHRASES.put("individual eventing", "三项赛个人");
        PHRASES.put("team eventing", "三项赛团体");
        PHRASES.put("individual jumping", "场地障碍个人");
        PHRASES.put("team jumping", "场地障碍团体");
        // Fencing
        PHRASES.put("individual épée", "重剑个人");
        PHRASES.put("team épée", "重剑团体");
        PHRASES.put("individual foil", "花剑个人");
        PHRASES.put("team foil", "花剑团体");
        PHRASES.put("individual sabre", "佩剑个人");
        PHRASES.put("team sabre", "佩剑团体");
        // Gymnastics
        PHRASES.put("individual all-around", "个人全能");
        PHRASES.put("pommel horse", "鞍马");
        PHRASES.put("horizontal bar", "单杠");
        PHRASES.put("parallel bars", "双杠");
        PHRASES.put("uneven bars", "高低杠");
        PHRASES.put("balance beam", "平衡木");
        PHRASES.put("GAR|floor", "自由操");
        PHRASES.put("rings", "吊环");
        PHRASES.put("vault", "跳马");
        // Combat sports
        PHRASES.put("individual poomsae", "个人品势");
        PHRASES.put("kumite", "组手");
        PHRASES.put("kata", "个人型");
        PHRASES.put("WRE|freestyle", "自由式");
        PHRASES.put("greco-roman", "古典式");
        PHRASES.put("sanda", "散打");
        PHRASES.put("changquan", "长拳");
        PHRASES.put("nanquan and nangun", "南拳南棍全能");
        PHRASES.put("nanquan and nandao", "南拳南刀全能");
        PHRASES.put("taijiquan and taijijian", "太极拳太极剑全能");
        PHRASES.put("daoshu and gunshu", "刀术棍术全能");
        PHRASES.put("jianshu and qiangshu", "剑术枪术全能");
        // Roller sports, skateboarding, climbing
        PHRASES.put("speed skating", "速度轮滑");
        PHRASES.put("points elimination", "积分淘汰赛");
        PHRASES.put("RSK|sprint", "争先赛");
        PHRASES.put("inline freestyle speed slalom", "自由式轮滑速度过桩");
        PHRASES.put("artistic single free skating", "花样轮滑单人自由滑");
        PHRASES.put("park", "碗池");
        PHRASES.put("street", "街式");
        PHRASES.put("speed relay", "速度接力");
        PHRASES.put("CLB|speed", "速度");
        PHRASES.put("boulder & lead", "攀石和难度两项");
        // Rowing
        PHRASES.put("lightweight double sculls", "轻量级双人双桨");
        PHRASES.put("single sculls", "单人双桨");
        PHRASES.put("double sculls", "双人双桨");
        PHRASES.put("quadruple sculls", "四人双桨");
        PHRASES.put("coxless pair", "双人单桨");
        PHRASES.put("coxless four", "四人单桨");
        PHRASES.put("ROW|eight", "八人单桨有舵手");
        // Sailing (class names stay in Latin letters, as on Chinese results pages)
        PHRASES.put("49er (skiff)", "49er级");
        PHRASES.put("formula kite", "风筝板Formula Kite级");
        PHRASES.put("iqfoil", "帆板iQFOiL级");
        PHRASES.put("rs:x", "帆板RS:X级");
        PHRASES.put("ilca 7", "ILCA 7级");
        PHRASES.put("ilca 6", "ILCA 6级");
        PHRASES.put("ilca 4", "ILCA 4级");
        PHRASES.put("49erfx", "49erFX级");
        PHRASES.put("nacra 17", "Nacra 17级");
        PHRASES.put("SAL|470", "470级");
        // Sepak takraw
        PHRASES.put("team regu", "团体赛");
        PHRASES.put("regu", "三人赛");
        PHRASES.put("quadrant", "四人赛");
        // Shooting
        PHRASES.put("running target mixed", "移动靶混合速");
        PHRASES.put("running target", "移动靶");
        PHRASES.put("air rifle", "气步枪");
        PHRASES.put("air pistol", "气手枪");
        PHRASES.put("rifle three positions", "步枪三姿");
        PHRASES.put("rapid fire pistol", "手枪速射");
        PHRASES.put("SHO|pistol", "运动手枪");
        PHRASES.put("trap", "多向飞碟");
        PHRASES.put("skeet", "双向飞碟");
        // Generic words (last)
        PHRASES.put("tournament", "");
        PHRASES.put("mixed relay", "混合接力");
        PHRASES.put("relay", "接力");
        PHRASES.put("mixed team", "混合团体");
        PHRASES.put("individual", "个人");
        PHRASES.put("team", "团体");
    }

    /** Latin tokens allowed to remain (brand or class names). */
    private static final List<String> LATIN_OK =
            List.of("iQFOiL", "Formula Kite", "RS:X", "ILCA", "49erFX", "49er", "Nacra", "EA SPORTS FC Online");

    static String event(String discipline, char gender, String baseName) {
        String key = baseName.toLowerCase(Locale.ROOT).trim();
        String prefix = switch (gender) {
            case 'M' -> "男子";
            case 'W' -> "女子";
            case 'X' -> "混合";
            default -> "";
        };
        String whole = WHOLE.get(discipline + "|" + key + "#" + gender);
        if (whole == null) {
            whole = WHOLE.get(discipline + "|" + key);
        }
        String zh;
        if (whole != null) {
            zh = (gender == 'X' || discipline.equals("BKG")) ? whole : prefix + whole;
        } else {
            zh = prefix + translate(discipline, key);
            if (gender == 'X' && zh.startsWith("混合混合")) {
                zh = zh.substring(2);
            }
        }
        zh = zh.replaceAll("(?<=[\\p{IsHan}\\d])\\s+(?=[\\p{IsHan}\\d])", "").trim();
        String check = zh;
        for (String ok : LATIN_OK) {
            check = check.replace(ok, "");
        }
        if (check.matches(".*[A-Za-z].*")) {
            throw new IllegalStateException(
                    "untranslated Chinese name for " + discipline + " '" + baseName + "': " + zh);
        }
        return zh;
    }

    private static String translate(String discipline, String s) {
        String tournament = DISCIPLINES.get(discipline);
        if (s.equals("tournament")) {
            return tournament;
        }
        s = replace(s, "(\\d+) x (\\d+) m\\b", m -> m.group(1) + "×" + m.group(2) + "米");
        s = replace(s, "\\+(\\d+(?:\\.\\d+)?) kg\\b", m -> m.group(1) + "公斤以上级");
        s = replace(s, "(\\d+(?:\\.\\d+)?) kg\\b", m -> m.group(1) + "公斤级");
        s = replace(s, "(\\d+) km\\b", m -> m.group(1) + "公里");
        s = replace(s, "([ck]-\\d) (\\d+) m\\b", m -> m.group(1) + " " + m.group(2) + "米");
        s = replace(s, "(\\d+) m\\b", m -> m.group(1) + "米");
        for (Map.Entry<String, String> e : PHRASES.entrySet()) {
            String k = e.getKey();
            int bar = k.indexOf('|');
            if (bar >= 0) {
                if (!k.substring(0, bar).equals(discipline)) {
                    continue;
                }
                k = k.substring(bar + 1);
                if (k.isEmpty()) { // discipline prefix, e.g. dragon boat distances
                    s = e.getValue() + s;
                    continue;
                }
            }
            s = s.replace(k, e.getValue());
        }
        s = s.replaceAll("(?<=[\\p{IsHan}\\d])\\s+(?=[\\p{IsHan}\\d])", "");
        // Diving: "3米跳板" reads "3米板" in Chinese results.
        s = s.replace("米跳板", "米板").replace("米跳台", "米台");
        return s;
    }

    private static String replace(String s, String regex, java.util.function.Function<Matcher, String> f) {
        Matcher m = Pattern.compile(regex).matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    // ---- phases and units ----

    static String phaseEn(String type) {
        return switch (type) {
            case "HEAT" -> "Heats";
            case "R64" -> "Round of 64";
            case "R32" -> "Round of 32";
            case "R16" -> "Round of 16";
            case "QFNL" -> "Quarter-finals";
            case "SFNL" -> "Semi-finals";
            case "REP" -> "Repechage";
            case "BRNZ" -> "Bronze medal contests";
            case "FNL" -> "Final";
            case "QUAL" -> "Qualification";
            default -> type.startsWith("GP") ? "Group " + type.charAt(2) : type;
        };
    }

    static String phaseZh(String type) {
        return switch (type) {
            case "HEAT" -> "预赛";
            case "R64" -> "1/32决赛";
            case "R32" -> "1/16决赛";
            case "R16" -> "1/8决赛";
            case "QFNL" -> "四分之一决赛";
            case "SFNL" -> "半决赛";
            case "REP" -> "复活赛";
            case "BRNZ" -> "铜牌赛";
            case "FNL" -> "决赛";
            case "QUAL" -> "资格赛";
            default -> type.startsWith("GP") ? type.charAt(2) + "组" : type;
        };
    }
}
