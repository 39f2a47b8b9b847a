package org.gamescloud.venues;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gamescloud.GamesIntegrationTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application with the TEST-ONLY {@link TestTickets} standing in for ticketing's e-tickets, and the venue
 * events recorded. Test classes with this annotation share one application context, apart from the other tests'.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GamesIntegrationTest
@Import({TestTickets.Configuration.class, RecordedVenueEvents.class})
public @interface GateIntegrationTest {}
