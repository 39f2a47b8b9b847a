package org.gamescloud.depository.internal;

import java.nio.charset.StandardCharsets;
import org.gamescloud.depository.verify.CertificateOfDeposit;
import org.gamescloud.platform.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certificates of deposit: one file per entry that proves, offline, that the entry is in a signed checkpoint. The
 * proof is for the latest checkpoint, so a certificate fetched later proves the same entry against a larger tree.
 */
@RestController
class CertificateController {

    private final DepositoryLog log;
    private final Checkpoints checkpoints;
    private final SignerKeys keys;

    CertificateController(DepositoryLog log, Checkpoints checkpoints, SignerKeys keys) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @GetMapping("/api/depository/entries/{index}/certificate")
    ResponseEntity<String> certificate(@PathVariable long index) {
        byte[] entry = log.findEntry(index).orElseThrow(() -> Problems.notFound("the log has no entry " + index));
        Checkpoints.StoredCheckpoint checkpoint = checkpoints
                .latestCovering(index)
                .orElseThrow(() -> Problems.conflict("no signed checkpoint covers entry " + index + " yet; retry"));
        CertificateOfDeposit certificate = new CertificateOfDeposit(
                keys.signer().verifierKey().encoded(),
                entry,
                index,
                log.inclusionProof(index, checkpoint.treeSize()),
                checkpoint.note());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-of-deposit-" + index + ".txt")
                                .build()
                                .toString())
                .body(certificate.encoded());
    }
}
