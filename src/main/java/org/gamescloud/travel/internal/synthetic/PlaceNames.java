package org.gamescloud.travel.internal.synthetic;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Plausible, clearly synthetic street names (pinyin syllable pairs with their characters), unique within one city, for
 * stops whose real name is unknown. Deterministic for a given seed.
 */
final class PlaceNames {

    private static final String[][] SYLLABLES = {
        {"Jin", "金"}, {"Hua", "华"}, {"Xin", "新"}, {"Feng", "丰"}, {"Long", "龙"}, {"Ming", "明"},
        {"Qing", "清"}, {"Yun", "云"}, {"Tai", "泰"}, {"Ping", "平"}, {"Shan", "山"}, {"He", "和"},
        {"Cheng", "城"}, {"Kang", "康"}, {"An", "安"}, {"Le", "乐"}, {"Shun", "顺"}, {"Fu", "富"},
        {"Gui", "桂"}, {"Lin", "林"}, {"Song", "松"}, {"Mei", "梅"}, {"Chun", "春"}, {"Qiu", "秋"},
        {"Bao", "宝"}, {"Xing", "兴"}, {"Yuan", "远"}, {"Guang", "光"}, {"Sheng", "盛"}, {"Tian", "天"},
        {"Jiang", "江"}, {"Hu", "湖"}, {"Qiao", "桥"}, {"Yang", "阳"}, {"Rui", "瑞"}, {"De", "德"},
        {"Ning", "宁"}, {"Zhen", "振"}, {"Wen", "文"}, {"Bo", "博"}, {"Hong", "宏"}, {"Jia", "嘉"}
    };
    private static final String[][] KINDS = {{"Road", "路"}, {"Street", "街"}, {"Avenue", "大道"}, {"Lane", "巷"}};

    record Name(String en, String zh) {}

    private final Random random;
    private final Set<String> used = new HashSet<>();

    PlaceNames(long seed) {
        this.random = new Random(seed);
    }

    Name next() {
        for (int attempt = 0; ; attempt++) {
            String[] a = SYLLABLES[random.nextInt(SYLLABLES.length)];
            String[] b = SYLLABLES[random.nextInt(SYLLABLES.length)];
            String[] kind = KINDS[attempt < 40 ? random.nextInt(3) : random.nextInt(KINDS.length)];
            if (a == b) {
                continue;
            }
            String en = a[0] + b[0].toLowerCase() + " " + kind[0];
            if (attempt > 200) {
                en = en + " " + attempt;
            }
            if (used.add(en)) {
                return new Name(en, a[1] + b[1] + kind[1] + (attempt > 200 ? attempt : ""));
            }
        }
    }
}
