package org.gamescloud.media.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.gamescloud.platform.Problems;

/** The rule for a partner's endpoint: an absolute http or https URL with a host, no credentials, no fragment. */
final class PartnerEndpoints {

    private PartnerEndpoints() {}

    /** The endpoint as it will be called; a 400 problem when it is not acceptable. */
    static String validate(String endpoint) {
        String candidate = endpoint.strip();
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            throw Problems.badRequest("endpoint is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Problems.badRequest("endpoint must be an http or https URL, was " + candidate);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw Problems.badRequest("endpoint must name a host, was " + candidate);
        }
        if (uri.getRawUserInfo() != null) {
            throw Problems.badRequest("endpoint must not carry credentials: partners authenticate us by signature");
        }
        if (uri.getRawFragment() != null) {
            throw Problems.badRequest("endpoint must not have a fragment");
        }
        return candidate;
    }
}
