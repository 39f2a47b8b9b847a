/**
 * Media partner push in the style of the ODF distribution to media: registered partners receive every live update
 * that matches their filters by HTTP POST, signed with their key, in order, retried with back-off while they are down
 * and queued durably until they acknowledge; they may fetch stored updates again (resend) by unit, day or id. It
 * listens to the live stream's {@code LiveUpdatePublished} and publishes nothing.
 */
@ApplicationModule(displayName = "Media partner push")
package org.gamescloud.media;

import org.springframework.modulith.ApplicationModule;
