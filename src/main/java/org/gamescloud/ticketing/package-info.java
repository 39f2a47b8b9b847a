/**
 * Ticketing: seat inventory per Games session, real-name orders with one ticket per ID per session, payment through a
 * (simulated) provider, refunds and transfers, and e-tickets whose QR payload is an Ed25519-signed JWS that gates
 * verify offline.
 */
@ApplicationModule(displayName = "Ticketing")
package org.gamescloud.ticketing;

import org.springframework.modulith.ApplicationModule;
