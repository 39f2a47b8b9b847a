package org.gamescloud.media.internal;

import java.time.Instant;

/** A registered media partner. Its API key is not part of it: only the key's hash is stored. */
record Partner(PartnerId id, String name, String endpoint, PartnerFilter filter, boolean enabled, Instant createdAt) {}
