package org.gamescloud.depository.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks proofs the way a client does, with the iterative algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2; it shares
 * only the hashing with {@link MerkleTree}, so a bug in proof generation cannot hide itself here.
 */
public final class MerkleProofVerifier {

    private MerkleProofVerifier() {}

    /** Whether {@code proof} shows that the leaf with {@code leafHash} is at {@code index} in the tree {@code root}. */
    public static boolean verifyInclusion(Hash leafHash, long index, long treeSize, List<Hash> proof, Hash root) {
        return rootFromInclusionProof(leafHash, index, treeSize, proof)
                .map(root::equals)
                .orElse(false);
    }

    /**
     * The root that {@code proof} leads to from the leaf at {@code index} in a tree of {@code treeSize}, or empty when
     * the proof has the wrong length for that position.
     */
    public static Optional<Hash> rootFromInclusionProof(Hash leafHash, long index, long treeSize, List<Hash> proof) {
        if (index < 0 || index >= treeSize) {
            return Optional.empty();
        }
        long fn = index;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : proof) {
            if (sn == 0) {
                return Optional.empty();
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Optional.of(r) : Optional.empty();
    }

    /** Whether {@code proof} shows that the tree {@code root1} of {@code size1} is a prefix of {@code root2}. */
    public static boolean verifyConsistency(long size1, long size2, List<Hash> proof, Hash root1, Hash root2) {
        if (size1 < 0 || size1 > size2) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && root1.equals(root2);
        }
        if (size1 == 0) {
            // Every tree extends the empty tree; a non-empty proof is malformed.
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<Hash> path = new ArrayList<>(proof);
        if (Long.bitCount(size1) == 1) {
            path.add(0, root1);
        }
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        Hash fr = path.get(0);
        Hash sr = path.get(0);
        for (Hash c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && fr.equals(root1) && sr.equals(root2);
    }
}
