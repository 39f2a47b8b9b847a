package org.gamescloud.depository.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gamescloud.depository.merkle.Rfc6962Vectors.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published RFC 6962 vectors, see {@link Rfc6962Vectors}. */
class MerkleTreeKnownAnswerTest {

    private final InMemorySubtreeStore store = new InMemorySubtreeStore();
    private final MerkleTree tree = new MerkleTree(store);

    @BeforeEach
    void appendTheEightReferenceLeaves() {
        for (int i = 0; i < LEAF_INPUTS_HEX.size(); i++) {
            tree.append(Rfc6962.leafHash(leafInput(i)));
        }
    }

    @Test
    void hashesTheEmptyTreeAsTheHashOfTheEmptyString() {
        assertThat(Rfc6962.emptyRootHash()).isEqualTo(Hash.fromHex(ROOT_HASHES.get(0)));
        assertThat(tree.rootHash(0)).isEqualTo(Hash.fromHex(ROOT_HASHES.get(0)));
    }

    @Test
    void storesExactlyTheReferenceHashOfEveryCompleteSubtree() {
        for (int level = 0; level < NODE_HASHES.size(); level++) {
            for (int index = 0; index < NODE_HASHES.get(level).size(); index++) {
                SubtreeId subtree = new SubtreeId(level, index);
                assertThat(store.getAll(java.util.List.of(subtree)).get(subtree))
                        .as("subtree %s", subtree)
                        .isEqualTo(Hash.fromHex(NODE_HASHES.get(level).get(index)));
            }
        }
        assertThat(store.storedHashCount()).isEqualTo(8 + 4 + 2 + 1);
    }

    @Test
    void givesTheReferenceRootHashForEveryPastTreeSize() {
        for (int size = 0; size <= 8; size++) {
            assertThat(tree.rootHash(size)).as("root of size %d", size).isEqualTo(Hash.fromHex(ROOT_HASHES.get(size)));
        }
    }

    @Test
    void producesAndAcceptsTheReferenceInclusionProofs() {
        for (InclusionVector vector : INCLUSION_PROOFS) {
            assertThat(tree.inclusionProof(vector.index(), vector.treeSize()))
                    .as("inclusion %d in %d", vector.index(), vector.treeSize())
                    .isEqualTo(hashes(vector.proof()));
            Hash leaf = Rfc6962.leafHash(leafInput((int) vector.index()));
            Hash root = Hash.fromHex(ROOT_HASHES.get((int) vector.treeSize()));
            assertThat(MerkleProofVerifier.verifyInclusion(
                            leaf, vector.index(), vector.treeSize(), hashes(vector.proof()), root))
                    .isTrue();
        }
    }

    @Test
    void producesAndAcceptsTheReferenceConsistencyProofs() {
        for (ConsistencyVector vector : CONSISTENCY_PROOFS) {
            assertThat(tree.consistencyProof(vector.size1(), vector.size2()))
                    .as("consistency %d to %d", vector.size1(), vector.size2())
                    .isEqualTo(hashes(vector.proof()));
            Hash root1 = Hash.fromHex(ROOT_HASHES.get((int) vector.size1()));
            Hash root2 = Hash.fromHex(ROOT_HASHES.get((int) vector.size2()));
            assertThat(MerkleProofVerifier.verifyConsistency(
                            vector.size1(), vector.size2(), hashes(vector.proof()), root1, root2))
                    .isTrue();
        }
    }
}
