package org.gamescloud.depository.verify;

/** A certificate of deposit that cannot even be read. */
public class InvalidCertificateException extends RuntimeException {

    public InvalidCertificateException(String message) {
        super(message);
    }
}
