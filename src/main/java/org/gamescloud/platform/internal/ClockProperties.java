package org.gamescloud.platform.internal;

import java.time.OffsetDateTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param start where the Games clock starts when the application starts (the demo stands on a busy Games day);
 *     empty means the clock keeps the offset last stored, or runs on system time
 * @param settable whether {@code PUT /api/admin/clock} may move the clock (never in production)
 */
@ConfigurationProperties("games.clock")
record ClockProperties(OffsetDateTime start, boolean settable) {}
