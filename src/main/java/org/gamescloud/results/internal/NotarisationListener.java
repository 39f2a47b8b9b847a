package org.gamescloud.results.internal;

import org.gamescloud.results.ResultNotarised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the depository index of each notarised revision, for the unit's history. */
@Component
class NotarisationListener {

    private final Revisions revisions;

    NotarisationListener(Revisions revisions) {
        this.revisions = revisions;
    }

    @ApplicationModuleListener
    void on(ResultNotarised notarised) {
        revisions.recordNotarisation(notarised.unitCode(), notarised.revision(), notarised.depositoryIndex());
    }
}
