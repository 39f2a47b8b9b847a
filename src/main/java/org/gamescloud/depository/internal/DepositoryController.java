package org.gamescloud.depository.internal;

import java.net.URI;
import java.util.List;
import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.platform.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The log over HTTP: appends for admins; entries, checkpoints, the key and proofs for anyone. */
@RestController
@RequestMapping("/api/depository")
class DepositoryController {

    private final DepositoryLog log;
    private final Checkpoints checkpoints;
    private final SignerKeys keys;
    private final GroupCommit groupCommit;

    DepositoryController(DepositoryLog log, Checkpoints checkpoints, SignerKeys keys, GroupCommit groupCommit) {
        this.log = log;
        this.groupCommit = groupCommit;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    record AppendedEntry(long index, String leafHash) {}

    record InclusionProof(long leafIndex, long treeSize, List<String> hashes) {}

    record ConsistencyProof(long from, long to, List<String> hashes) {}

    /**
     * The body is the entry, byte for byte, whatever its content type; an empty body is an empty entry. Concurrent
     * appends share commits ({@link GroupCommit}); the answer comes once the entry is committed.
     */
    @PostMapping("/entries")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AppendedEntry> append(@RequestBody(required = false) byte[] entry) {
        DepositoryLog.Appended appended = groupCommit.append(entry == null ? new byte[0] : entry);
        return ResponseEntity.created(URI.create("/api/depository/entries/" + appended.index()))
                .body(new AppendedEntry(appended.index(), appended.leafHash().toBase64()));
    }

    @GetMapping("/entries/{index}")
    ResponseEntity<byte[]> entry(@PathVariable long index) {
        byte[] entry = log.findEntry(index).orElseThrow(() -> Problems.notFound("the log has no entry " + index));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(entry);
    }

    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE)
    String checkpoint() {
        return checkpoints.latestNote();
    }

    @GetMapping(value = "/key", produces = MediaType.TEXT_PLAIN_VALUE)
    String key() {
        return keys.signer().verifierKey().encoded();
    }

    @GetMapping("/proofs/inclusion")
    InclusionProof inclusion(@RequestParam long index, @RequestParam long treeSize) {
        requireInLog(treeSize, "treeSize");
        if (index < 0 || index >= treeSize) {
            throw Problems.badRequest("index " + index + " is not a leaf of a tree of " + treeSize);
        }
        return new InclusionProof(index, treeSize, base64(log.inclusionProof(index, treeSize)));
    }

    @GetMapping("/proofs/consistency")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        requireInLog(to, "to");
        if (from < 0 || from > to) {
            throw Problems.badRequest("from " + from + " is not a size between 0 and to " + to);
        }
        return new ConsistencyProof(from, to, base64(log.consistencyProof(from, to)));
    }

    private void requireInLog(long treeSize, String parameter) {
        long size = log.size();
        if (treeSize < 0 || treeSize > size) {
            throw Problems.badRequest(parameter + " " + treeSize + " is beyond the log of " + size + " entries");
        }
    }

    private static List<String> base64(List<Hash> hashes) {
        return hashes.stream().map(Hash::toBase64).toList();
    }
}
