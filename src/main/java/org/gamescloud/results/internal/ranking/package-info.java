/**
 * The ranking rules of each scoring family, as plain Java with no Spring: parse and validate the marks of a results
 * message, compute marks from components, dives or attempts, and give competition ranks (1, 2, 2, 4). Entry points for
 * the rest of results: {@link org.gamescloud.results.internal.ranking.RankingRules} (a rule per scoring family),
 * {@link org.gamescloud.results.internal.ranking.MedalRule} (the medals of an official unit),
 * {@link org.gamescloud.results.internal.ranking.PoolStandings} (the table of a round-robin pool) and
 * {@link org.gamescloud.results.internal.ranking.Records} (a mark against a record).
 */
package org.gamescloud.results.internal.ranking;
