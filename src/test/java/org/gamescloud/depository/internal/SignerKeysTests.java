package org.gamescloud.depository.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gamescloud.GamesIntegrationTest;
import org.gamescloud.depository.note.NoteSigner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh {@link SignerKeys} stands for the application after a restart: it must sign with the same key. */
@GamesIntegrationTest
class SignerKeysTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignerKeys running;

    private final DepositoryProperties demo =
            new DepositoryProperties("games-cloud.example/depository", "", Duration.ofSeconds(10));

    @Test
    void keepsTheGeneratedKeyAcrossRestarts() {
        String published = running.signer().verifierKey().encoded();

        SignerKeys restarted = new SignerKeys(jdbc, demo);

        assertThat(restarted.signer().verifierKey().encoded()).isEqualTo(published);
        assertThat(new SignerKeys(jdbc, demo).signer().encodedSignerKey())
                .isEqualTo(restarted.signer().encodedSignerKey());
    }

    @Test
    void prefersAConfiguredKey() {
        NoteSigner configured = NoteSigner.generate("production.example/log");

        SignerKeys keys = new SignerKeys(
                jdbc,
                new DepositoryProperties(
                        "production.example/log", configured.encodedSignerKey(), Duration.ofSeconds(10)));

        assertThat(keys.signer().verifierKey().encoded())
                .isEqualTo(configured.verifierKey().encoded())
                .isNotEqualTo(new SignerKeys(jdbc, demo).signer().verifierKey().encoded());
    }
}
