package org.gamescloud.depository.verify;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.gamescloud.depository.merkle.Hash;

/**
 * A certificate of deposit: everything needed to check offline that one entry is in the log. It is a header naming
 * the log's verifier key, a blank line, then a c2sp.org/tlog-proof@v1 whose {@code extra} line carries the entry:
 *
 * <pre>
 * games-cloud/certificate-of-deposit@v1
 * key &lt;verifier key&gt;
 *
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64 entry&gt;
 * index &lt;index&gt;
 * &lt;base64 hash&gt;...
 *
 * &lt;signed checkpoint note&gt;
 * </pre>
 *
 * Parsing checks only the layout; {@link CertificateVerifier} decides whether to believe it.
 */
public record CertificateOfDeposit(String verifierKey, byte[] entry, long index, List<Hash> proof, String checkpoint) {

    public static final String HEADER = "games-cloud/certificate-of-deposit@v1";
    static final String TLOG_PROOF_HEADER = "c2sp.org/tlog-proof@v1";

    public CertificateOfDeposit {
        entry = entry.clone();
        proof = List.copyOf(proof);
    }

    @Override
    public byte[] entry() {
        return entry.clone();
    }

    public String encoded() {
        StringBuilder text = new StringBuilder()
                .append(HEADER)
                .append('\n')
                .append("key ")
                .append(verifierKey)
                .append("\n\n")
                .append(TLOG_PROOF_HEADER)
                .append('\n')
                .append("extra ")
                .append(Base64.getEncoder().encodeToString(entry))
                .append('\n')
                .append("index ")
                .append(index)
                .append('\n');
        proof.forEach(hash -> text.append(hash.toBase64()).append('\n'));
        return text.append('\n').append(checkpoint).toString();
    }

    /** Reads a certificate; line ends may be CRLF (a file that went through a text editor). */
    public static CertificateOfDeposit parse(String certificate) {
        String text = certificate.replace("\r\n", "\n");
        int headerEnd = text.indexOf("\n\n");
        int proofEnd = headerEnd < 0 ? -1 : text.indexOf("\n\n", headerEnd + 2);
        if (proofEnd < 0) {
            throw new InvalidCertificateException(
                    "a certificate has a header, a tlog-proof and a signed note, separated by blank lines");
        }
        String[] header = text.substring(0, headerEnd).split("\n", -1);
        if (header.length != 2 || !header[0].equals(HEADER) || !header[1].startsWith("key ")) {
            throw new InvalidCertificateException("a certificate starts with '" + HEADER + "' and a 'key' line");
        }
        String[] lines = text.substring(headerEnd + 2, proofEnd).split("\n", -1);
        if (lines.length < 3
                || !lines[0].equals(TLOG_PROOF_HEADER)
                || !lines[1].startsWith("extra ")
                || !lines[2].matches("index (0|[1-9][0-9]{0,18})")) {
            throw new InvalidCertificateException(
                    "the proof reads '" + TLOG_PROOF_HEADER + "', 'extra <entry>', 'index <n>', then hashes");
        }
        byte[] entry = base64(lines[1].substring("extra ".length()), "the entry");
        List<Hash> proof = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            byte[] hash = base64(lines[i], "proof hash " + (i - 2));
            if (hash.length != Hash.SIZE_BYTES) {
                throw new InvalidCertificateException("proof hash " + (i - 2) + " has not 32 bytes");
            }
            proof.add(Hash.of(hash));
        }
        long index = Long.parseLong(lines[2].substring("index ".length()));
        return new CertificateOfDeposit(
                header[1].substring("key ".length()), entry, index, proof, text.substring(proofEnd + 2));
    }

    private static byte[] base64(String text, String what) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidCertificateException(what + " is not base64");
        }
    }
}
