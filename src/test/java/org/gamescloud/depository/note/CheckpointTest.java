package org.gamescloud.depository.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gamescloud.depository.merkle.Hash;
import org.gamescloud.depository.merkle.Rfc6962;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    /** Root of the eight RFC 6962 reference leaves (transparency-dev/merkle testonly, Apache 2.0). */
    private static final Hash ROOT_OF_EIGHT =
            Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private final NoteSigner log = NoteSigner.generate("depository.games-cloud.example");

    @Test
    void writesTheTlogCheckpointBody() {
        Checkpoint checkpoint = new Checkpoint("depository.games-cloud.example", 8, ROOT_OF_EIGHT);

        assertThat(checkpoint.body())
                .isEqualTo("depository.games-cloud.example\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n");
        assertThat(Checkpoint.parse(checkpoint.body())).isEqualTo(checkpoint);
    }

    @Test
    void opensASignedCheckpointWithTheLogsVerifierKey() {
        Checkpoint checkpoint = new Checkpoint("depository.games-cloud.example", 0, Rfc6962.emptyRootHash());
        String note = checkpoint.signedBy(log).encoded();

        assertThat(note).startsWith(checkpoint.body() + "\n\u2014 depository.games-cloud.example ");
        assertThat(Checkpoint.openSigned(note, log.verifierKey())).isEqualTo(checkpoint);
        assertThatThrownBy(() -> Checkpoint.openSigned(
                        note,
                        NoteSigner.generate("depository.games-cloud.example").verifierKey()))
                .isInstanceOf(InvalidNoteException.class);
    }

    @Test
    void acceptsExtensionLinesButRefusesMalformedBodies() {
        String root = ROOT_OF_EIGHT.toBase64();
        assertThat(Checkpoint.parse("origin\n8\n" + root + "\nextension\n").treeSize())
                .isEqualTo(8);

        for (String malformed : new String[] {
            "origin\n8\n" + root,
            "origin\n8\n",
            "\n8\n" + root + "\n",
            "origin\n08\n" + root + "\n",
            "origin\n-1\n" + root + "\n",
            "origin\n99999999999999999999\n" + root + "\n",
            "origin\n8\n" + root.replace("=", "") + "\n",
            "origin\n8\nAAAA\n",
            "origin\n8\n" + root + "\n\n"
        }) {
            assertThatThrownBy(() -> Checkpoint.parse(malformed))
                    .as(malformed)
                    .isInstanceOf(InvalidNoteException.class);
        }
    }
}
