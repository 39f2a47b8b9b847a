/**
 * Trusted depository: a tamper-evident, publicly verifiable log in the style of Certificate Transparency and the
 * C2SP transparency logs. Entries are leaves of an RFC 6962 / RFC 9162 Merkle tree whose complete subtrees are stored
 * once and never recomputed ({@code merkle}); the log publishes its state as a C2SP tlog-checkpoint in an Ed25519
 * signed note ({@code note}), so anyone can check inclusion and consistency proofs without trusting the server.
 */
@ApplicationModule(displayName = "Trusted depository")
package org.gamescloud.depository;

import org.springframework.modulith.ApplicationModule;
