package org.gamescloud.depository.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.note.Checkpoint;
import org.gamescloud.depository.note.SignedNote;
import org.gamescloud.depository.note.VerifierKey;

/**
 * Asks a running log whether its latest checkpoint extends the certificate's one: the log may have grown, but must
 * never have rewritten what the certificate saw. Uses only the public HTTP API.
 */
final class LogConsistency {

    private static final Pattern BASE64 = Pattern.compile("\"([A-Za-z0-9+/=]{44})\"");

    private LogConsistency() {}

    static CertificateVerifier.Step check(String serverUrl, CertificateOfDeposit certificate) {
        String name = "consistency with the log's latest checkpoint";
        try {
            VerifierKey key = VerifierKey.parse(certificate.verifierKey());
            Checkpoint old =
                    Checkpoint.parse(SignedNote.parse(certificate.checkpoint()).verifiedText(key));
            String base = serverUrl.replaceAll("/+$", "") + "/api/depository";
            Checkpoint latest =
                    Checkpoint.parse(SignedNote.parse(get(base + "/checkpoint")).verifiedText(key));
            if (latest.treeSize() < old.treeSize()) {
                return new CertificateVerifier.Step(
                        name, false, "the log's latest size " + latest.treeSize() + " is below " + old.treeSize());
            }
            List<Hash> proof =
                    hashes(get(base + "/proofs/consistency?from=" + old.treeSize() + "&to=" + latest.treeSize()));
            boolean consistent = MerkleProofVerifier.verifyConsistency(
                    old.treeSize(), latest.treeSize(), proof, old.rootHash(), latest.rootHash());
            return new CertificateVerifier.Step(
                    name,
                    consistent,
                    "size " + old.treeSize() + " → " + latest.treeSize()
                            + (consistent ? ": the log only grew" : ": the proof does not verify"));
        } catch (IOException | IllegalArgumentException e) {
            return new CertificateVerifier.Step(name, false, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CertificateVerifier.Step(name, false, "interrupted");
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The hashes of a consistency proof's JSON: every base64 SHA-256 string in {@code "hashes"}, in order. */
    private static List<Hash> hashes(String json) {
        int start = json.indexOf("\"hashes\"");
        List<Hash> hashes = new ArrayList<>();
        Matcher matcher = BASE64.matcher(start < 0 ? "" : json.substring(start));
        while (matcher.find()) {
            hashes.add(Hash.fromBase64(matcher.group(1)));
        }
        return hashes;
    }
}
