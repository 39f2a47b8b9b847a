package org.gamescloud.depository.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gamescloud.results.ResultNotarised;
import org.gamescloud.results.ResultOfficialised;
import org.gamescloud.results.UnitResults;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notarises every official revision of a unit's results as canonical JSON (see {@code docs/depository.md}). A
 * revision delivered twice is found in the log rather than appended again, so a retried event keeps one index.
 */
@Component
class ResultNotarisation {

    private final DepositoryLog log;
    private final ApplicationEventPublisher events;

    ResultNotarisation(DepositoryLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ResultOfficialised officialised) {
        UnitResults results = officialised.results();
        byte[] document = document(officialised).getBytes(StandardCharsets.UTF_8);
        long index = log.appendUnlessPresent(document).index();
        events.publishEvent(new ResultNotarised(results.unitCode(), results.revision(), index));
    }

    static String document(ResultOfficialised officialised) {
        UnitResults results = officialised.results();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "result");
        document.put("unitCode", results.unitCode());
        document.put("revision", results.revision());
        document.put("status", results.status().name());
        document.put("correction", officialised.correction());
        document.put("note", officialised.note());
        List<Object> lines = new ArrayList<>();
        for (UnitResults.Line line : results.results()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rank", line.rank());
            entry.put("competitor", line.competitor());
            entry.put("noc", line.noc());
            entry.put("mark", line.mark());
            entry.put("irm", line.irm());
            entry.put("medal", line.medal() == null ? null : line.medal().name());
            entry.put("records", line.records() == null ? List.of() : line.records());
            lines.add(entry);
        }
        document.put("results", lines);
        return CanonicalJson.write(document);
    }
}
