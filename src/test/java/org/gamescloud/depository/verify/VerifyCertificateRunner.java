package org.gamescloud.depository.verify;

import java.io.PrintStream;

/** Lets tests outside this package run the command-line verifier without exiting the JVM. */
public final class VerifyCertificateRunner {

    private VerifyCertificateRunner() {}

    public static int run(PrintStream out, String... args) {
        return VerifyCertificate.run(args, out);
    }
}
