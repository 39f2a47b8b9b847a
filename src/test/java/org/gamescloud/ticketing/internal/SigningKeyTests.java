package org.gamescloud.ticketing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-tickets are signed with Bouncy Castle for speed (docs/decisions/0006) but promised as "Ed25519 (JDK)": Ed25519 is
 * deterministic (RFC 8032), so both must produce the same bytes for the same key and message, and the JDK must accept
 * what Bouncy Castle signed.
 */
class SigningKeyTests {

    private static final SplittableRandom RANDOM = new SplittableRandom(20260925);

    @Test
    void signsByteForByteLikeTheJdkForTheSameKeyAndMessage() throws Exception {
        for (int i = 0; i < 50; i++) {
            SigningKey key = SigningKey.generate();
            String message = signingInput(i);

            byte[] bouncyCastle = key.sign(message);
            byte[] jdk = jdkSign(key.privateKey(), message);

            assertThat(bouncyCastle).hasSize(64).isEqualTo(jdk);
        }
    }

    @Test
    void theJdkVerifiesWhatBouncyCastleSignedAndRefusesItAltered() throws Exception {
        SigningKey key = SigningKey.generate();
        String message = signingInput(7);
        byte[] signature = key.sign(message);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(jdkPublicKey(key.publicKey()));

        verifier.update(message.getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isTrue();

        verifier.update((message + "x").getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(signature)).isFalse();
    }

    @Test
    void writesPayloadFieldsThatAnyJsonParserReadsBack() {
        String tricky = "Li \"Lei\" \\ 李雷\n\t\u0001 é";
        StringBuilder json = new StringBuilder("{");
        ETicketCodec.field(json, "hn", tricky).append(',');
        ETicketCodec.field(json, "seat", "A-12-3").append('}');

        var parsed = JsonMapper.builder().build().readTree(json.toString());

        assertThat(parsed.path("hn").asString()).isEqualTo(tricky);
        assertThat(parsed.path("seat").asString()).isEqualTo("A-12-3");
    }

    /** A JWS signing input shaped like a ticket's: base64url header and payload of a few hundred characters. */
    static String signingInput(int i) {
        byte[] payload = new byte[150 + RANDOM.nextInt(200)];
        RANDOM.nextBytes(payload);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(("{\"alg\":\"EdDSA\",\"kid\":\"k" + i + "\"}").getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload);
    }

    static byte[] jdkSign(byte[] privateKey, String message) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(jdkPrivateKey(privateKey));
        signer.update(message.getBytes(StandardCharsets.US_ASCII));
        return signer.sign();
    }

    /** RFC 8032 encoding: little-endian y with the sign of x in the top bit. */
    static PublicKey jdkPublicKey(byte[] encoded) throws Exception {
        byte[] reversed = new byte[encoded.length];
        for (int i = 0; i < encoded.length; i++) {
            reversed[i] = encoded[encoded.length - 1 - i];
        }
        boolean xOdd = (reversed[0] & 0x80) != 0;
        reversed[0] &= 0x7f;
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new EdECPublicKeySpec(
                        NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, reversed))));
    }

    static PrivateKey jdkPrivateKey(byte[] privateKey) throws Exception {
        return KeyFactory.getInstance("Ed25519")
                .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, privateKey));
    }
}
