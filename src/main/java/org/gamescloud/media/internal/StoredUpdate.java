package org.gamescloud.media.internal;

import java.time.Instant;

/** A live update as media partners receive it, pushed or fetched again. {@code data} is JSON, kept as published. */
record StoredUpdate(long id, String name, String eventCode, String unitCode, String data, Instant publishedAt) {}
