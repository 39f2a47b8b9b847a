package org.gamescloud.depository.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every root and every proof of a 200-leaf log, against the literal RFC definitions and the RFC verifier. */
class MerkleTreeAgainstReferenceTest {

    private static final int LEAVES = 200;

    private static final InMemorySubtreeStore store = new InMemorySubtreeStore();
    private static final MerkleTree tree = new MerkleTree(store);
    private static ReferenceMerkleTree reference;

    @BeforeAll
    static void appendTwoHundredEntries() {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < LEAVES; i++) {
            byte[] entry = ("result revision " + i).getBytes(StandardCharsets.UTF_8);
            entries.add(entry);
            assertThat(tree.append(Rfc6962.leafHash(entry))).isEqualTo(i);
        }
        reference = new ReferenceMerkleTree(entries);
    }

    @Test
    void storesNoMoreThanOneHashPerCompleteSubtree() {
        assertThat(tree.size()).isEqualTo(LEAVES);
        assertThat(store.storedHashCount()).isLessThan(2 * LEAVES);
    }

    @Test
    void givesTheReferenceRootForEveryTreeSize() {
        for (int size = 0; size <= LEAVES; size++) {
            assertThat(tree.rootHash(size).toBytes()).as("size %d", size).isEqualTo(reference.mth(0, size));
        }
    }

    @Test
    void givesTheReferenceInclusionProofForEveryLeafOfEveryTreeSize() {
        for (int size = 1; size <= LEAVES; size++) {
            Hash root = tree.rootHash(size);
            for (int index = 0; index < size; index++) {
                List<Hash> proof = tree.inclusionProof(index, size);
                assertThat(bytesOf(proof))
                        .as("%d in %d", index, size)
                        .containsExactlyElementsOf(reference.path(index, size));
                Hash leaf = Hash.of(reference.mth(index, index + 1));
                assertThat(MerkleProofVerifier.verifyInclusion(leaf, index, size, proof, root))
                        .as("%d in %d", index, size)
                        .isTrue();
            }
        }
    }

    @Test
    void givesTheReferenceConsistencyProofForEveryPairOfTreeSizes() {
        for (int size2 = 1; size2 <= LEAVES; size2++) {
            Hash root2 = tree.rootHash(size2);
            for (int size1 = 0; size1 <= size2; size1++) {
                List<Hash> proof = tree.consistencyProof(size1, size2);
                List<byte[]> expected = size1 == 0 ? List.of() : reference.proof(size1, size2);
                assertThat(bytesOf(proof)).as("%d to %d", size1, size2).containsExactlyElementsOf(expected);
                assertThat(MerkleProofVerifier.verifyConsistency(size1, size2, proof, tree.rootHash(size1), root2))
                        .as("%d to %d", size1, size2)
                        .isTrue();
            }
        }
    }

    private static List<byte[]> bytesOf(List<Hash> hashes) {
        return hashes.stream().map(Hash::toBytes).toList();
    }
}
