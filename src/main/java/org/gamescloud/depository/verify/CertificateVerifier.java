package org.gamescloud.depository.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.merkle.Rfc6962;
import org.gamescloud.depository.note.Checkpoint;
import org.gamescloud.depository.note.SignedNote;
import org.gamescloud.depository.note.VerifierKey;

/**
 * Checks a certificate of deposit step by step, as the verification page does in the browser: the key, the leaf
 * hash, the root the inclusion proof leads to, that root against the checkpoint, and the checkpoint's signature.
 * Every step is reported; the certificate holds only if all of them pass.
 */
public final class CertificateVerifier {

    /** One check: what was checked, whether it held, and the values it compared. */
    public record Step(String name, boolean passed, String detail) {}

    /** The steps in order; {@link #verified()} when every one passed. */
    public record Verification(List<Step> steps) {

        public Verification {
            steps = List.copyOf(steps);
        }

        public boolean verified() {
            return !steps.isEmpty() && steps.stream().allMatch(Step::passed);
        }
    }

    private CertificateVerifier() {}

    /**
     * Verifies against the key the certificate names, or, when {@code pinnedKey} is present, only if the certificate
     * names that very key (a certificate that brings its own key proves nothing to someone who has not pinned it).
     */
    public static Verification verify(CertificateOfDeposit certificate, Optional<String> pinnedKey) {
        List<Step> steps = new ArrayList<>();
        VerifierKey key;
        try {
            key = VerifierKey.parse(certificate.verifierKey());
        } catch (IllegalArgumentException e) {
            steps.add(new Step("verifier key", false, e.getMessage()));
            return new Verification(steps);
        }
        boolean keyTrusted =
                pinnedKey.map(pinned -> pinned.trim().equals(key.encoded())).orElse(true);
        steps.add(new Step(
                "verifier key",
                keyTrusted,
                keyTrusted ? key.encoded() : "the certificate names " + key.encoded() + ", not the pinned key"));

        Hash leafHash = Rfc6962.leafHash(certificate.entry());
        steps.add(new Step("leaf hash", true, "SHA-256(0x00 || entry) = " + leafHash.toHex()));

        Checkpoint checkpoint;
        String signedText;
        try {
            SignedNote note = SignedNote.parse(certificate.checkpoint());
            checkpoint = Checkpoint.parse(note.text());
            signedText = verifiedText(note, key);
        } catch (IllegalArgumentException e) {
            steps.add(new Step("checkpoint", false, e.getMessage()));
            return new Verification(steps);
        }

        Optional<Hash> root = MerkleProofVerifier.rootFromInclusionProof(
                leafHash, certificate.index(), checkpoint.treeSize(), certificate.proof());
        steps.add(new Step(
                "inclusion proof",
                root.isPresent(),
                root.map(r -> "leaf " + certificate.index() + " of " + checkpoint.treeSize() + " leads to root "
                                + r.toBase64())
                        .orElse(certificate.proof().size() + " hashes do not fit leaf " + certificate.index()
                                + " of a tree of " + checkpoint.treeSize())));
        boolean rootMatches = root.map(checkpoint.rootHash()::equals).orElse(false);
        steps.add(new Step(
                "root matches the checkpoint",
                rootMatches,
                "checkpoint of " + checkpoint.origin() + " at size " + checkpoint.treeSize() + " has root "
                        + checkpoint.rootHash().toBase64()));
        steps.add(new Step(
                "checkpoint signature",
                signedText != null,
                signedText != null
                        ? "Ed25519 signature by " + key.name() + " verifies"
                        : "no valid Ed25519 signature by " + key.name()));
        return new Verification(steps);
    }

    private static String verifiedText(SignedNote note, VerifierKey key) {
        try {
            return note.verifiedText(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
