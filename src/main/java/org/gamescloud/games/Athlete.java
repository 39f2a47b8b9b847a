package org.gamescloud.games;

import java.time.LocalDate;
import java.util.List;

/**
 * An athlete with the codes of the events entered, e.g. {@code 8000001} ALPHA Aaron of MGA.
 *
 * @param name as ODF shows it: family name in capitals, then given name
 * @param birthDate null where the dataset does not give it
 */
public record Athlete(String id, String name, String noc, Gender gender, LocalDate birthDate, List<String> events) {}
