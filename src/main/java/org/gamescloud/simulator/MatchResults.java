package org.gamescloud.simulator;

import java.util.random.RandomGenerator;

/**
 * Contests of two ({@code HEAD_TO_HEAD}, {@code ROUND_ROBIN}): each sport's score as it is written — goals, points,
 * sets or games won, judges' votes, waza-ari and ippon — with pool draws where the sport has them and, where a level
 * score must still have a winner (penalties, golden score, criteria, a tie-break game), {@code "winner": true}.
 */
final class MatchResults implements ResultsWriter {

    @Override
    public Performances write(Field field) {
        Event event = field.event();
        String name = event.lowerName();
        RandomGenerator random = field.random();
        boolean pool = field.unit().isPool();
        return switch (event.discipline()) {
            case "FBL" -> goals(field, 1.4, pool);
            case "HOC" -> goals(field, 2.5, pool);
            case "BSB" -> points(field, 4.5, 2.5, false);
            case "SBL" -> points(field, 3.5, 2, false);
            case "HBL" -> points(field, 29, 4, pool);
            case "WPO" -> points(field, 12, 3, pool);
            case "KBD" -> points(field, 36, 8, pool);
            case "BKB" -> points(field, 82, 10, false);
            case "RUG" -> points(field, 24, 10, false);
            case "CKT" -> points(field, 150, 25, false);
            case "BRG" -> points(field, 45, 15, false);
            case "BK3" -> Contests.scored(field, firstTo(random, 21, random.nextDouble() < 0.6), true, false);
            case "VVO" -> sets(field, 3);
            case "BOX" -> votes(field, 5);
            case "JUD" -> event.team() ? sets(field, 4) : judo(field);
            case "WRE", "KUR", "JJI", "KTE" -> decided(field, "KTE".equals(event.discipline()) ? 8 : 12);
            case "FEN" -> fencing(field, pool);
            case "TTE" -> sets(field, event.team() || name.contains("doubles") ? 3 : 4);
            case "BDM" -> sets(field, event.team() ? 3 : 2);
            case "SQU" -> sets(field, event.team() || name.contains("doubles") ? 2 : 3);
            case "STE" -> sets(field, event.team() ? 2 : 4);
            case "TKW" -> event.team() ? points(field, 50, 12, false) : sets(field, 2);
            case "CHS", "XQI", "GOG" -> boardGames(field);
            default -> sets(field, 2);
        };
    }

    /** Goals (or runs): draws stand in a pool; elsewhere a level score goes to penalties or extra innings. */
    private static Performances goals(Field field, double perSide, boolean pool) {
        int a = poisson(field.random(), perSide * 1.2);
        int b = poisson(field.random(), perSide * 0.8);
        return Contests.scored(field, new Contests.Scores(Math.max(a, b), Math.min(a, b)), true, pool);
    }

    private static Performances points(Field field, double perSide, double spread, boolean pool) {
        RandomGenerator random = field.random();
        int a = (int) Math.max(0, Math.round(perSide + spread * random.nextGaussian() + spread / 2));
        int b = (int) Math.max(0, Math.round(perSide + spread * random.nextGaussian() - spread / 2));
        if (a == b && !pool) {
            a++;
        }
        return Contests.scored(field, new Contests.Scores(Math.max(a, b), Math.min(a, b)), true, pool);
    }

    /** Sets, games or rounds: the winner takes {@code toWin}, the loser fewer. */
    private static Performances sets(Field field, int toWin) {
        return Contests.scored(field, new Contests.Scores(toWin, field.random().nextInt(toWin)), true, false);
    }

    /** Boxing: the judges' votes, known only at the end (5–0, 4–1, 3–2). */
    private static Performances votes(Field field, int judges) {
        int winner = judges / 2 + 1 + field.random().nextInt(judges - judges / 2);
        return Contests.scored(field, new Contests.Scores(winner, judges - winner), false, false);
    }

    /** Judo: ippon (10) or waza-ari (1); now and then a level score decided by penalties in golden score. */
    private static Performances judo(Field field) {
        RandomGenerator random = field.random();
        if (random.nextDouble() < 0.1) {
            return Contests.scored(field, new Contests.Scores(0, 0), false, false);
        }
        int winner = random.nextDouble() < 0.6 ? 10 : 1;
        int loser = winner == 10 && random.nextDouble() < 0.2 ? 1 : 0;
        return Contests.scored(field, new Contests.Scores(winner, loser), false, false);
    }

    /** Points, with one contest in ten level and decided on criteria (the last score, the fewer cautions). */
    private static Performances decided(Field field, int most) {
        RandomGenerator random = field.random();
        int winner = 1 + random.nextInt(most);
        int loser = random.nextDouble() < 0.1 ? winner : random.nextInt(winner);
        return Contests.scored(field, new Contests.Scores(winner, loser), true, false);
    }

    /** Fencing: pool bouts to 5 touches, direct elimination to 15, team matches to 45. */
    private static Performances fencing(Field field, boolean pool) {
        int target = field.event().team() ? 45 : pool ? 5 : 15;
        return Contests.scored(field, firstTo(field.random(), target, true), true, false);
    }

    /** Chess, xiangqi and go: games won, a level match decided by a tie-break game. */
    private static Performances boardGames(Field field) {
        RandomGenerator random = field.random();
        int boards = field.event().team() ? (field.event().discipline().equals("CHS") ? 4 : 3) : 1;
        if (boards == 1) {
            boolean level = !field.event().discipline().equals("GOG") && random.nextDouble() < 0.25;
            return Contests.scored(field, level ? new Contests.Scores(1, 1) : new Contests.Scores(1, 0), false, false);
        }
        int winner = (boards + 1) / 2 + random.nextInt(boards / 2 + 1);
        return Contests.scored(field, new Contests.Scores(winner, boards - winner), false, false);
    }

    private static Contests.Scores firstTo(RandomGenerator random, int target, boolean reached) {
        int winner = reached ? target : target * 2 / 3 + random.nextInt(target / 3);
        return new Contests.Scores(winner, random.nextInt(winner));
    }

    private static int poisson(RandomGenerator random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
