package org.gamescloud.depository.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gamescloud.platform.GamesClock;
import org.gamescloud.platform.Paging;
import org.gamescloud.platform.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Deposits of documents (an agreement, a contract) by an admin: described in JSON with their digest, or uploaded
 * and hashed here, the upload itself being dropped. Anyone may list them.
 */
@RestController
class DocumentController {

    private final DocumentDeposits deposits;
    private final GamesClock clock;

    DocumentController(DocumentDeposits deposits, GamesClock clock) {
        this.deposits = deposits;
        this.clock = clock;
    }

    record DocumentRequest(String title, String sha256, String mediaType, String signedAt, List<String> parties) {}

    record Deposited(long index, String leafHash, String sha256) {}

    @PostMapping(value = "/api/admin/depository/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Deposited> deposit(@RequestBody DocumentRequest request) {
        return deposit(request.title(), request.sha256(), request.mediaType(), request.signedAt(), request.parties());
    }

    @PostMapping(value = "/api/admin/depository/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Deposited> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String mediaType,
            @RequestParam(required = false) String signedAt,
            @RequestParam(required = false) List<String> parties)
            throws IOException {
        return deposit(
                title == null || title.isBlank() ? file.getOriginalFilename() : title,
                sha256(file),
                mediaType == null || mediaType.isBlank() ? file.getContentType() : mediaType,
                signedAt,
                parties);
    }

    @GetMapping("/api/depository/documents")
    ResponseEntity<List<DocumentDeposits.DepositedDocument>> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok()
                .headers(Paging.totalCount(deposits.count()))
                .body(deposits.list(Paging.of(page, size)));
    }

    private ResponseEntity<Deposited> deposit(
            String title, String sha256, String mediaType, String signedAt, List<String> parties) {
        DocumentDeposit document;
        try {
            document = DocumentDeposit.of(title, sha256, mediaType, signedAt, parties, DocumentDeposits.now(clock));
        } catch (DocumentDeposit.InvalidDocumentException e) {
            throw Problems.badRequest(e.getMessage());
        }
        DepositoryLog.Appended appended = deposits.deposit(document);
        return ResponseEntity.created(URI.create("/api/depository/entries/" + appended.index()))
                .body(new Deposited(appended.index(), appended.leafHash().toBase64(), document.sha256Hex()));
    }

    /** Streams the upload through SHA-256; only the digest is kept. */
    private static String sha256(MultipartFile file) throws IOException {
        try (DigestInputStream in =
                new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
