package org.gamescloud.depository.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the tree uses its store: few, precomputed subtree hashes, and no answers beyond what is stored. */
class MerkleTreeStorageTest {

    @Test
    void tilesARangeWithMaximalAlignedSubtreesFromLeftToRight() {
        assertThat(new LeafRange(0, 13).alignedSubtrees())
                .containsExactly(new SubtreeId(3, 0), new SubtreeId(2, 2), new SubtreeId(0, 12));
        assertThat(new LeafRange(8, 15).alignedSubtrees())
                .containsExactly(new SubtreeId(2, 2), new SubtreeId(1, 6), new SubtreeId(0, 14));
        assertThat(new LeafRange(0, 1L << 40).alignedSubtrees()).containsExactly(new SubtreeId(40, 0));
    }

    @Test
    void needsOnlyLogarithmicallyManyStoredHashesForTheRootOrAProofOfAHugeTree() {
        long size = (1L << 40) + 12345;
        assertThat(MerkleTree.subtreesNeededFor(List.of(new LeafRange(0, size))))
                .hasSize(Long.bitCount(size));
        assertThat(MerkleTree.subtreesNeededFor(ProofRanges.inclusion(77, size)))
                .hasSizeLessThanOrEqualTo(2 * 41);
        assertThat(MerkleTree.subtreesNeededFor(ProofRanges.consistency(size - 999, size)))
                .hasSizeLessThanOrEqualTo(2 * 41);
    }

    @Test
    void writesTheLeafAndTheParentsItCompletesOnAppend() {
        InMemorySubtreeStore store = new InMemorySubtreeStore();
        MerkleTree tree = new MerkleTree(store);
        for (int i = 0; i < 7; i++) {
            tree.append(Rfc6962.leafHash(new byte[] {(byte) i}));
        }
        assertThat(store.storedHashCount()).isEqualTo(7 + 3 + 1);

        tree.append(Rfc6962.leafHash(new byte[] {7}));

        assertThat(store.storedHashCount()).isEqualTo(8 + 4 + 2 + 1);
        assertThat(store.getAll(List.of(new SubtreeId(3, 0))).get(new SubtreeId(3, 0)))
                .isEqualTo(tree.rootHash(8));
    }

    @Test
    void refusesTreeSizesAndIndexesBeyondTheLog() {
        MerkleTree tree = new MerkleTree(new InMemorySubtreeStore());
        tree.append(Rfc6962.leafHash(new byte[0]));
        tree.append(Rfc6962.leafHash(new byte[1]));

        assertThatThrownBy(() -> tree.rootHash(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(tree.consistencyProof(0, 2)).isEmpty();
        assertThat(tree.consistencyProof(2, 2)).isEmpty();
    }
}
