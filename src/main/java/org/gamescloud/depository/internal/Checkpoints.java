package org.gamescloud.depository.internal;

import java.util.Optional;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.MerkleProofVerifier;
import org.gamescloud.depository.note.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Signs a checkpoint whenever the log has grown. Appends do not wait for it: a batch of appends is covered by the
 * next checkpoint, a fraction of a second later. The log never signs two checkpoints for one size (primary key), nor
 * one smaller than its latest (the insert only happens while no checkpoint of this size or larger exists), nor one that
 * is not consistent with its latest: the new root is checked against the last signed one by a consistency proof.
 */
@Service
class Checkpoints {

    private static final Logger logger = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcClient jdbc;
    private final DepositoryLog log;
    private final SignerKeys keys;
    private final DepositoryProperties properties;

    Checkpoints(JdbcClient jdbc, DepositoryLog log, SignerKeys keys, DepositoryProperties properties) {
        this.jdbc = jdbc;
        this.log = log;
        this.keys = keys;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${games.depository.checkpoint-interval:300ms}",
            initialDelayString = "${games.depository.checkpoint-interval:300ms}")
    synchronized void signIfGrown() {
        long size = log.size();
        Optional<SignedRoot> latest = findLatestRoot();
        long latestSize = latest.map(SignedRoot::treeSize).orElse(-1L);
        if (latestSize >= size) {
            return;
        }
        Hash root = log.rootHash(size);
        if (latest.isPresent() && !consistentWith(latest.get(), size, root)) {
            // Stored hashes changed under a signed checkpoint: signing now would publish a fork. The self-audit
            // reports it; signing resumes once the stored tree agrees with what was signed again.
            logger.error(
                    "Not signing a checkpoint of size {}: the stored tree is not consistent with the signed size {}",
                    size,
                    latestSize);
            return;
        }
        String note = new Checkpoint(properties.origin(), size, root)
                .signedBy(keys.signer())
                .encoded();
        jdbc.sql("INSERT INTO depository_checkpoint (tree_size, root_hash, note, signed_at)"
                        + " SELECT :size, :root, :note, now()"
                        + " WHERE NOT EXISTS (SELECT 1 FROM depository_checkpoint WHERE tree_size >= :size)"
                        + " ON CONFLICT DO NOTHING")
                .param("size", size)
                .param("root", root.toBytes())
                .param("note", note)
                .update();
    }

    /** The latest signed checkpoint note; signs one first if the log has none yet. */
    String latestNote() {
        return findLatestNote().orElseGet(() -> {
            signIfGrown();
            return findLatestNote().orElseThrow();
        });
    }

    /** A checkpoint as stored: its size and its signed note, byte for byte as published. */
    record StoredCheckpoint(long treeSize, String note) {}

    /**
     * The latest checkpoint if it covers the entry at {@code index}; signs one first if the entry is newer than the
     * latest checkpoint, rather than making the caller wait for the schedule.
     */
    Optional<StoredCheckpoint> latestCovering(long index) {
        Optional<StoredCheckpoint> latest = findLatest().filter(checkpoint -> checkpoint.treeSize() > index);
        if (latest.isPresent()) {
            return latest;
        }
        signIfGrown();
        return findLatest().filter(checkpoint -> checkpoint.treeSize() > index);
    }

    private Optional<StoredCheckpoint> findLatest() {
        return jdbc.sql("SELECT tree_size, note FROM depository_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query((rs, row) -> new StoredCheckpoint(rs.getLong("tree_size"), rs.getString("note")))
                .optional();
    }

    private Optional<String> findLatestNote() {
        return jdbc.sql("SELECT note FROM depository_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query(String.class)
                .optional();
    }

    private record SignedRoot(long treeSize, Hash root) {}

    /** Empty when nothing is signed yet, so that even the empty log gets a checkpoint. */
    private Optional<SignedRoot> findLatestRoot() {
        return jdbc.sql("SELECT tree_size, root_hash FROM depository_checkpoint ORDER BY tree_size DESC LIMIT 1")
                .query((rs, row) -> new SignedRoot(rs.getLong("tree_size"), Hash.of(rs.getBytes("root_hash"))))
                .optional();
    }

    private boolean consistentWith(SignedRoot signed, long size, Hash root) {
        if (signed.treeSize() == 0) {
            return true;
        }
        return MerkleProofVerifier.verifyConsistency(
                signed.treeSize(), size, log.consistencyProof(signed.treeSize(), size), signed.root(), root);
    }
}
