package org.gamescloud.depository.verify;

import java.nio.charset.StandardCharsets;
import org.gamescloud.depository.merkle.InMemorySubtreeStore;
import org.gamescloud.depository.merkle.MerkleTree;
import org.gamescloud.depository.merkle.Rfc6962;
import org.gamescloud.depository.note.Checkpoint;
import org.gamescloud.depository.note.NoteSigner;

/** A small signed log in memory and certificates for its entries, as the server would issue them. */
final class CertificateFixture {

    static final String ORIGIN = "games-cloud.example/test-log";

    final NoteSigner signer = NoteSigner.generate(ORIGIN);
    final MerkleTree tree = new MerkleTree(new InMemorySubtreeStore());

    CertificateFixture(int entries) {
        for (int i = 0; i < entries; i++) {
            tree.append(Rfc6962.leafHash(entry(i)));
        }
    }

    static byte[] entry(int i) {
        return ("{\"entry\":" + i + "}").getBytes(StandardCharsets.UTF_8);
    }

    CertificateOfDeposit certificate(int index) {
        long size = tree.size();
        String note = new Checkpoint(ORIGIN, size, tree.rootHash(size))
                .signedBy(signer)
                .encoded();
        return new CertificateOfDeposit(
                signer.verifierKey().encoded(), entry(index), index, tree.inclusionProof(index, size), note);
    }
}
