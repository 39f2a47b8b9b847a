package org.gamescloud.depository.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The example of the Go reference implementation of signed notes, golang.org/x/mod/sumdb/note (package
 * documentation of note.go; Copyright 2019 The Go Authors, BSD-style licence). Ed25519 is deterministic, so signing
 * the same text with the same key must reproduce the published note byte for byte.
 */
class SignedNoteKnownAnswerTest {

    static final String SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String NOTE = TEXT
            + "\n"
            + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String DOUBLY_SIGNED_NOTE = NOTE
            + "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    @Test
    void opensThePublishedNoteWithThePublishedVerifierKey() {
        VerifierKey key = VerifierKey.parse(VERIFIER_KEY);

        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(key.keyHash()).isEqualTo(0xc74f20a3);
        assertThat(key.encoded()).isEqualTo(VERIFIER_KEY);
        assertThat(SignedNote.parse(NOTE).verifiedText(key)).isEqualTo(TEXT);
    }

    @Test
    void reproducesThePublishedNoteByteForByteFromThePublishedSignerKey() {
        NoteSigner signer = NoteSigner.parse(SIGNER_KEY);

        assertThat(signer.verifierKey().encoded()).isEqualTo(VERIFIER_KEY);
        assertThat(signer.encodedSignerKey()).isEqualTo(SIGNER_KEY);
        assertThat(signer.sign(TEXT).encoded()).isEqualTo(NOTE);
    }

    @Test
    void ignoresTheCosignatureOfAnUnknownKey() {
        SignedNote note = SignedNote.parse(DOUBLY_SIGNED_NOTE);

        assertThat(note.signatures()).extracting(NoteSignature::keyName).containsExactly("PeterNeumann", "EnochRoot");
        assertThat(note.verifiedText(VerifierKey.parse(VERIFIER_KEY))).isEqualTo(TEXT);
        assertThat(note.encoded()).isEqualTo(DOUBLY_SIGNED_NOTE);
    }

    @Test
    void refusesTheNoteWhenOneCharacterOfTheTextChanged() {
        SignedNote tampered = SignedNote.parse(NOTE.replace("cryptography", "cryptographY"));

        assertThatThrownBy(() -> tampered.verifiedText(VerifierKey.parse(VERIFIER_KEY)))
                .isInstanceOf(InvalidNoteException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void refusesVerifierKeysWhoseHashOrNameOrKeyWasAltered() {
        for (String altered : new String[] {
            "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "PeterNeuman+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TX",
            "PeterNeumann+c74f20a3+Apc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "PeterNeumann+c74f20a3",
            "PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
        }) {
            assertThatThrownBy(() -> VerifierKey.parse(altered)).as(altered).isInstanceOf(InvalidNoteException.class);
        }
    }
}
