package org.gamescloud.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PartnerKeysTests {

    @Test
    void signsTheBodyWithHmacSha256KeyedByTheSha256OfTheApiKey() {
        // expected values from an independent tool:
        // H=$(echo -n key | sha256sum | cut -c1-64); printf '{"id":1}' | openssl dgst -sha256 -mac HMAC -macopt
        // hexkey:$H
        String keyHash = PartnerKeys.hash("key");
        assertThat(keyHash).isEqualTo("2c70e12b7a0646f92279f427c7b38e7334d8e5389cff167a1dc30e73f826b683");
        assertThat(PartnerKeys.signature(keyHash, "{\"id\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=c96dec027d6b6a2f7044a62b16d1450b5d30d68e4934669417530be460c3f666");
    }

    @Test
    void generatesADifferentUnguessableKeyEachTime() {
        String first = PartnerKeys.generate();
        assertThat(first).startsWith("gcm_").hasSize(4 + 43);
        assertThat(PartnerKeys.generate()).isNotEqualTo(first);
    }
}
