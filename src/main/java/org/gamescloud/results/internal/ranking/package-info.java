/**
 * The ranking rules of each scoring family, as plain Java with no Spring: parse and validate the marks of a results
 * message, compute marks from components, dives or attempts, and give competition ranks (1, 2, 2, 4).
 */
package org.gamescloud.results.internal.ranking;
