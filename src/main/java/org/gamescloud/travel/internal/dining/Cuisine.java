package org.gamescloud.travel.internal.dining;

import java.time.LocalTime;
import java.util.List;

/**
 * The kinds of restaurant around the venues, with how common each is, what diets it usually serves, its price level
 * (1-4) and its usual hours; names are built from the words given.
 */
public enum Cuisine {
    HANGZHOU(
            "Hangzhou",
            "杭帮菜",
            5,
            List.of(),
            2,
            LocalTime.of(10, 30),
            LocalTime.of(21, 30),
            List.of("West Lake", "Dragon Well", "Hefang", "Lakeside"),
            List.of("Kitchen", "House", "Tavern"),
            List.of("西湖", "龙井", "河坊", "湖畔"),
            "菜馆"),
    ZHEJIANG(
            "Zhejiang seafood",
            "浙江海鲜",
            2,
            List.of(),
            3,
            LocalTime.of(11, 0),
            LocalTime.of(22, 0),
            List.of("Zhoushan", "Ningbo Bay", "East Sea"),
            List.of("Seafood", "Fish House"),
            List.of("舟山", "甬港", "东海"),
            "海鲜楼"),
    CANTONESE(
            "Cantonese",
            "粤菜",
            3,
            List.of(),
            3,
            LocalTime.of(7, 30),
            LocalTime.of(21, 0),
            List.of("Golden Dragon", "Pearl River", "Jade Garden"),
            List.of("Dim Sum", "Restaurant"),
            List.of("金龙", "珠江", "翠园"),
            "茶餐厅"),
    SICHUAN(
            "Sichuan",
            "川菜",
            3,
            List.of(Diet.VEGETARIAN),
            2,
            LocalTime.of(11, 0),
            LocalTime.of(23, 0),
            List.of("Chengdu", "Red Pepper", "Spicy"),
            List.of("Hotpot", "Kitchen"),
            List.of("成都", "红椒", "麻辣"),
            "火锅"),
    LANZHOU_NOODLES(
            "Lanzhou beef noodles (halal)",
            "兰州拉面（清真）",
            3,
            List.of(Diet.HALAL),
            1,
            LocalTime.of(6, 30),
            LocalTime.of(22, 0),
            List.of("Lanzhou", "Yellow River", "Ma's"),
            List.of("Hand-pulled Noodles", "Noodle House"),
            List.of("兰州", "黄河", "马家"),
            "牛肉面"),
    VEGETARIAN(
            "Buddhist vegetarian",
            "素食",
            2,
            List.of(Diet.VEGETARIAN, Diet.VEGAN),
            2,
            LocalTime.of(10, 0),
            LocalTime.of(20, 30),
            List.of("Lingyin", "Lotus", "Bodhi"),
            List.of("Vegetarian", "Veggie House"),
            List.of("灵隐", "莲花", "菩提"),
            "素食馆"),
    INTERNATIONAL(
            "International",
            "西餐",
            2,
            List.of(Diet.VEGETARIAN),
            3,
            LocalTime.of(9, 0),
            LocalTime.of(23, 0),
            List.of("Harbour", "Olympic", "Riverside"),
            List.of("Bistro", "Grill", "Café"),
            List.of("港湾", "奥体", "江畔"),
            "餐厅"),
    MIDDLE_EASTERN(
            "Middle Eastern (halal)",
            "中东菜（清真）",
            1,
            List.of(Diet.HALAL, Diet.VEGETARIAN),
            3,
            LocalTime.of(11, 0),
            LocalTime.of(23, 30),
            List.of("Silk Road", "Oasis"),
            List.of("Grill", "Kitchen"),
            List.of("丝路", "绿洲"),
            "烤肉"),
    NIGHT_MARKET(
            "Night-market snacks",
            "夜市小吃",
            1,
            List.of(Diet.VEGETARIAN),
            1,
            LocalTime.of(17, 0),
            LocalTime.of(2, 0),
            List.of("Night", "Lantern"),
            List.of("Market", "Snacks"),
            List.of("夜", "灯笼"),
            "小吃");

    final String label;
    final String labelZh;
    final int weight;
    final List<Diet> diets;
    final int priceLevel;
    final LocalTime opens;
    final LocalTime closes;
    final List<String> nameWords;
    final List<String> kindWords;
    final List<String> nameWordsZh;
    final String kindZh;

    Cuisine(
            String label,
            String labelZh,
            int weight,
            List<Diet> diets,
            int priceLevel,
            LocalTime opens,
            LocalTime closes,
            List<String> nameWords,
            List<String> kindWords,
            List<String> nameWordsZh,
            String kindZh) {
        this.label = label;
        this.labelZh = labelZh;
        this.weight = weight;
        this.diets = diets;
        this.priceLevel = priceLevel;
        this.opens = opens;
        this.closes = closes;
        this.nameWords = nameWords;
        this.kindWords = kindWords;
        this.nameWordsZh = nameWordsZh;
        this.kindZh = kindZh;
    }

    public String label() {
        return label;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Whether this is the kind of place one seeks out for the diet (a halal noodle house for halal food). */
    boolean isDedicatedTo(Diet diet) {
        return diets.contains(diet) && (diet != Diet.VEGETARIAN || this == VEGETARIAN);
    }
}
