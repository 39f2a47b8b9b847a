package org.gamescloud.depository.merkle;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sigstore.rekor.client.RekorEntry;
import dev.sigstore.rekor.client.RekorVerificationException;
import dev.sigstore.rekor.client.RekorVerifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our inclusion proofs, checked by an implementation we did not write: the RFC 6962 inclusion check of sigstore-java
 * (the one it applies to Rekor entries), for every leaf of every tree size up to {@value #LEAVES}. sigstore-java keeps
 * the check in a private method of {@link RekorVerifier}, so the test reaches it by reflection; the entry it is given
 * carries only what that check reads (the entry body and the proof).
 */
class SigstoreInclusionVerifierTest {

    private static final int LEAVES = 300;

    private static final MerkleTree tree = new MerkleTree(new InMemorySubtreeStore());
    private static final List<byte[]> entries = new ArrayList<>();
    private static Method sigstoreInclusionCheck;

    @BeforeAll
    static void appendEntries() throws NoSuchMethodException {
        for (int i = 0; i < LEAVES; i++) {
            byte[] entry = ("entry " + i).getBytes(StandardCharsets.UTF_8);
            entries.add(entry);
            tree.append(Rfc6962.leafHash(entry));
        }
        sigstoreInclusionCheck = RekorVerifier.class.getDeclaredMethod("verifyInclusionProof", RekorEntry.class);
        sigstoreInclusionCheck.setAccessible(true);
    }

    @Test
    void sigstoreAcceptsOurInclusionProofForEveryLeafOfEveryTreeSize() {
        RekorVerifier sigstore = RekorVerifier.newRekorVerifier(List.of());
        for (int size = 1; size <= LEAVES; size++) {
            Hash root = tree.rootHash(size);
            for (int index = 0; index < size; index++) {
                RekorEntry entry = entry(index, size, tree.inclusionProof(index, size), root);
                String position = index + " of " + size;
                assertThatCode(() -> check(sigstore, entry)).as(position).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void sigstoreRefusesOurProofForAnotherLeafOrAnotherRoot() {
        RekorVerifier sigstore = RekorVerifier.newRekorVerifier(List.of());
        List<Hash> proof = tree.inclusionProof(17, 200);
        assertThatThrownBy(() -> check(sigstore, entry(18, 200, proof, tree.rootHash(200))))
                .isInstanceOf(RekorVerificationException.class);
        assertThatThrownBy(() -> check(sigstore, entry(17, 200, proof, tree.rootHash(201))))
                .isInstanceOf(RekorVerificationException.class);
    }

    private static void check(RekorVerifier sigstore, RekorEntry entry) throws Throwable {
        try {
            sigstoreInclusionCheck.invoke(sigstore, entry);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static RekorEntry entry(long index, long size, List<Hash> proof, Hash root) {
        String body = Base64.getEncoder().encodeToString(entries.get((int) index));
        RekorEntry.InclusionProof inclusion = new RekorEntry.InclusionProof() {
            @Override
            public List<String> getHashes() {
                return proof.stream().map(Hash::toHex).toList();
            }

            @Override
            public Long getLogIndex() {
                return index;
            }

            @Override
            public String getRootHash() {
                return root.toHex();
            }

            @Override
            public Long getTreeSize() {
                return size;
            }

            @Override
            public String getCheckpoint() {
                return "";
            }
        };
        RekorEntry.Verification verification = new RekorEntry.Verification() {
            @Override
            public String getSignedEntryTimestamp() {
                return "";
            }

            @Override
            public RekorEntry.InclusionProof getInclusionProof() {
                return inclusion;
            }
        };
        return new RekorEntry() {
            @Override
            public String getBody() {
                return body;
            }

            @Override
            public long getIntegratedTime() {
                return 0;
            }

            @Override
            public String getLogID() {
                return "";
            }

            @Override
            public long getLogIndex() {
                return index;
            }

            @Override
            public Verification getVerification() {
                return verification;
            }
        };
    }
}
