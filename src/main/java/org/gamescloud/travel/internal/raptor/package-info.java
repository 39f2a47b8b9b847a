/**
 * The RAPTOR journey planning algorithm (Delling, Pajor, Werneck: "Round-Based Public Transit Routing", 2012), kept as
 * plain Java behind a data provider interface in the way OpenTripPlanner's raptor module is: {@link
 * org.gamescloud.travel.internal.raptor.RaptorTransitData} is all the algorithm sees of a timetable, {@link
 * org.gamescloud.travel.internal.raptor.Raptor} answers a {@link org.gamescloud.travel.internal.raptor.RaptorRequest}
 * with the Pareto set of journeys (earliest arrival × fewest trips), for one departure or over a departure window
 * (rRAPTOR). Nothing here knows Spring, GTFS or the web.
 */
package org.gamescloud.travel.internal.raptor;
