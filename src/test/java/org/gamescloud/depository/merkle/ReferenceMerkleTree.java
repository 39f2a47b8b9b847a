package org.gamescloud.depository.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recursive definitions of RFC 6962 §2.1 (MTH, PATH, PROOF/SUBPROOF) transcribed literally over raw entries,
 * with its own hashing, as an oracle that shares no code with the production tree. MTH results are memoised per
 * range only so that checking every proof up to a few hundred leaves stays fast.
 */
final class ReferenceMerkleTree {

    private final List<byte[]> entries;
    private final Map<String, byte[]> mthByRange = new HashMap<>();

    ReferenceMerkleTree(List<byte[]> entries) {
        this.entries = entries;
    }

    byte[] mth(int begin, int end) {
        String key = begin + ":" + end;
        byte[] cached = mthByRange.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] hash;
        if (end - begin == 0) {
            hash = sha256(new byte[0]);
        } else if (end - begin == 1) {
            hash = sha256(new byte[] {0x00}, entries.get(begin));
        } else {
            int k = largestPowerOfTwoSmallerThan(end - begin);
            hash = sha256(new byte[] {0x01}, mth(begin, begin + k), mth(begin + k, end));
        }
        mthByRange.put(key, hash);
        return hash;
    }

    /** PATH(m, D[n]) for D = the first n entries. */
    List<byte[]> path(int m, int n) {
        return path(m, 0, n);
    }

    private List<byte[]> path(int m, int begin, int end) {
        List<byte[]> proof = new ArrayList<>();
        int n = end - begin;
        if (n == 1) {
            return proof;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m < k) {
            proof.addAll(path(m, begin, begin + k));
            proof.add(mth(begin + k, end));
        } else {
            proof.addAll(path(m - k, begin + k, end));
            proof.add(mth(begin, begin + k));
        }
        return proof;
    }

    /** PROOF(m, D[n]). */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int begin, int end, boolean b) {
        List<byte[]> proof = new ArrayList<>();
        int n = end - begin;
        if (m == n) {
            if (!b) {
                proof.add(mth(begin, end));
            }
            return proof;
        }
        int k = largestPowerOfTwoSmallerThan(n);
        if (m <= k) {
            proof.addAll(subproof(m, begin, begin + k, b));
            proof.add(mth(begin + k, end));
        } else {
            proof.addAll(subproof(m - k, begin + k, end, false));
            proof.add(mth(begin, begin + k));
        }
        return proof;
    }

    private static int largestPowerOfTwoSmallerThan(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
