/**
 * What every module stands on: the one Games clock, problem responses, paging, and the storage bootstrap (the
 * embedded PostgreSQL used when no external database is configured). An open, shared module: it knows no
 * capability.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.gamescloud.platform;

import org.springframework.modulith.ApplicationModule;
