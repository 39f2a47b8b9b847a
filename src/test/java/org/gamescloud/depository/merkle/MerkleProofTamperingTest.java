package org.gamescloud.depository.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.depository.merkle.MerkleProofVerifier.verifyConsistency;
import static org.gamescloud.depository.merkle.MerkleProofVerifier.verifyInclusion;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Any change to a proof, a leaf, a root, an index or a size must make verification fail. */
class MerkleProofTamperingTest {

    private static final int LEAVES = 40;
    private static final MerkleTree tree = new MerkleTree(new InMemorySubtreeStore());

    @BeforeAll
    static void appendEntries() {
        for (int i = 0; i < LEAVES; i++) {
            tree.append(Rfc6962.leafHash(new byte[] {(byte) i}));
        }
    }

    @Test
    void rejectsAnInclusionProofWithAnyFlippedHashLeafOrRoot() {
        forEachInclusion((leaf, index, size, proof, root) -> {
            for (int i = 0; i < proof.size(); i++) {
                assertThat(verifyInclusion(leaf, index, size, withFlippedByte(proof, i), root))
                        .isFalse();
            }
            assertThat(verifyInclusion(flipped(leaf), index, size, proof, root)).isFalse();
            assertThat(verifyInclusion(leaf, index, size, proof, flipped(root))).isFalse();
        });
    }

    @Test
    void rejectsAnInclusionProofForAnotherIndexOrSizeOrWithAHashAddedOrRemoved() {
        forEachInclusion((leaf, index, size, proof, root) -> {
            assertThat(verifyInclusion(leaf, index + 1, size, proof, root)).isFalse();
            assertThat(verifyInclusion(leaf, size, size, proof, root)).isFalse();
            if (size < LEAVES) {
                // The proof alone does not bind the size (a signed checkpoint does): check it against that tree.
                assertThat(verifyInclusion(leaf, index, size + 1, proof, tree.rootHash(size + 1)))
                        .isFalse();
            }
            if (index > 0) {
                assertThat(verifyInclusion(leaf, index - 1, size, proof, root)).isFalse();
            }
            List<Hash> longer = new ArrayList<>(proof);
            longer.add(leaf);
            assertThat(verifyInclusion(leaf, index, size, longer, root)).isFalse();
            if (!proof.isEmpty()) {
                assertThat(verifyInclusion(leaf, index, size, proof.subList(0, proof.size() - 1), root))
                        .isFalse();
            }
        });
    }

    @Test
    void rejectsAConsistencyProofWithAnyFlippedHashOrRoot() {
        for (int size2 = 2; size2 <= LEAVES; size2++) {
            for (int size1 = 1; size1 < size2; size1++) {
                List<Hash> proof = tree.consistencyProof(size1, size2);
                Hash root1 = tree.rootHash(size1);
                Hash root2 = tree.rootHash(size2);
                for (int i = 0; i < proof.size(); i++) {
                    assertThat(verifyConsistency(size1, size2, withFlippedByte(proof, i), root1, root2))
                            .isFalse();
                }
                assertThat(verifyConsistency(size1, size2, proof, flipped(root1), root2))
                        .isFalse();
                assertThat(verifyConsistency(size1, size2, proof, root1, flipped(root2)))
                        .isFalse();
            }
        }
    }

    @Test
    void rejectsAConsistencyProofForOtherSizesOrWithAHashAddedOrRemoved() {
        for (int size2 = 2; size2 < LEAVES; size2++) {
            for (int size1 = 1; size1 < size2; size1++) {
                List<Hash> proof = tree.consistencyProof(size1, size2);
                Hash root1 = tree.rootHash(size1);
                Hash root2 = tree.rootHash(size2);
                assertThat(verifyConsistency(size1, size2 + 1, proof, root1, tree.rootHash(size2 + 1)))
                        .isFalse();
                assertThat(verifyConsistency(size2, size1, proof, root2, root1)).isFalse();
                assertThat(verifyConsistency(size1, size2, List.of(), root1, root2))
                        .isFalse();
                assertThat(verifyConsistency(size1, size2, proof.subList(1, proof.size()), root1, root2))
                        .isFalse();
                List<Hash> longer = new ArrayList<>(proof);
                longer.add(root1);
                assertThat(verifyConsistency(size1, size2, longer, root1, root2))
                        .isFalse();
            }
        }
    }

    @Test
    void acceptsOnlyEmptyProofsBetweenEqualSizesAndFromTheEmptyTree() {
        Hash root = tree.rootHash(5);
        assertThat(verifyConsistency(5, 5, List.of(), root, root)).isTrue();
        assertThat(verifyConsistency(5, 5, List.of(), root, tree.rootHash(6))).isFalse();
        assertThat(verifyConsistency(5, 5, List.of(root), root, root)).isFalse();
        assertThat(verifyConsistency(0, 5, List.of(), Rfc6962.emptyRootHash(), root))
                .isTrue();
        assertThat(verifyConsistency(0, 5, List.of(root), Rfc6962.emptyRootHash(), root))
                .isFalse();
    }

    private interface InclusionCase {
        void check(Hash leaf, long index, long size, List<Hash> proof, Hash root);
    }

    private static void forEachInclusion(InclusionCase check) {
        for (int size = 1; size <= LEAVES; size++) {
            Hash root = tree.rootHash(size);
            for (int index = 0; index < size; index++) {
                Hash leaf = Rfc6962.leafHash(new byte[] {(byte) index});
                check.check(leaf, index, size, tree.inclusionProof(index, size), root);
            }
        }
    }

    private static List<Hash> withFlippedByte(List<Hash> proof, int position) {
        List<Hash> tampered = new ArrayList<>(proof);
        tampered.set(position, flipped(proof.get(position)));
        return tampered;
    }

    private static Hash flipped(Hash hash) {
        byte[] bytes = hash.toBytes();
        bytes[bytes.length / 2] ^= 0x01;
        return Hash.of(bytes);
    }
}
