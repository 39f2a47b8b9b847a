package org.gamescloud.depository.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignedNoteTest {

    private final NoteSigner signer = NoteSigner.generate("depository.games-cloud.example/log");

    @Test
    void opensWhatItSigned() {
        String note = signer.sign("hello\nworld\n").encoded();

        assertThat(SignedNote.parse(note).verifiedText(signer.verifierKey())).isEqualTo("hello\nworld\n");
    }

    @Test
    void rebuildsTheSameSignerFromItsSecretKeyString() {
        NoteSigner restored = NoteSigner.parse(signer.encodedSignerKey());

        assertThat(restored.verifierKey().encoded())
                .isEqualTo(signer.verifierKey().encoded());
        assertThat(restored.sign("a\n").encoded()).isEqualTo(signer.sign("a\n").encoded());
    }

    @Test
    void refusesANoteWithoutASignatureByTheExpectedKey() {
        NoteSigner impostor = NoteSigner.generate("depository.games-cloud.example/log");
        NoteSigner otherName = NoteSigner.generate("another.example/log");

        assertThatThrownBy(
                        () -> SignedNote.parse(impostor.sign("a\n").encoded()).verifiedText(signer.verifierKey()))
                .isInstanceOf(InvalidNoteException.class)
                .hasMessageContaining("no signature");
        assertThatThrownBy(
                        () -> SignedNote.parse(otherName.sign("a\n").encoded()).verifiedText(signer.verifierKey()))
                .isInstanceOf(InvalidNoteException.class);
    }

    @Test
    void refusesASignatureThatClaimsTheKeyButWasMadeByAnother() {
        String forged = signer.sign("a\n").encoded().replace("a\n\n", "b\n\n");

        assertThatThrownBy(() -> SignedNote.parse(forged).verifiedText(signer.verifierKey()))
                .isInstanceOf(InvalidNoteException.class)
                .hasMessageContaining("does not verify");
    }

    @Test
    void refusesMalformedNotes() {
        String good = signer.sign("a\n").encoded();
        String signatureLine = good.substring(good.indexOf('\u2014'));
        for (String malformed : new String[] {
            "a\n",
            "a\n\n",
            good.substring(0, good.length() - 1),
            "a\n" + signatureLine,
            "a\n\n" + signatureLine.replace("\u2014 ", "- "),
            "a\n\n" + signatureLine.replace("\u2014 ", "\u2014"),
            "a\n\n" + signatureLine.replace("=\n", "\n"),
            "a\n\n" + signatureLine.replace(" ", "  "),
            "a\n\n" + signatureLine + "\n",
            "a\n\n\u2014 name AAAA\n",
            "a\r\n\n" + signatureLine,
            "a\tb\n\n" + signatureLine
        }) {
            assertThatThrownBy(() -> SignedNote.parse(malformed))
                    .as(malformed)
                    .isInstanceOf(InvalidNoteException.class);
        }
    }

    @Test
    void refusesToSignATextWithoutAFinalNewline() {
        assertThatThrownBy(() -> signer.sign("a")).isInstanceOf(InvalidNoteException.class);
    }
}
