package org.gamescloud.depository.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param origin the log's name: the first line of its checkpoints and the name of its key
 * @param auditInterval the pause between two runs of the self-audit, each checking a bounded slice of the log
 * @param signerKey the signing key as a {@code PRIVATE+KEY+<name>+<hash>+<base64>} string; empty means a key
 *     generated once and kept in the database (the demo), which is only as safe as the database
 */
@ConfigurationProperties("games.depository")
record DepositoryProperties(
        @DefaultValue("games-cloud.example/depository") String origin,
        @DefaultValue("") String signerKey,
        @DefaultValue("10s") Duration auditInterval) {}
