package dev.simplexbot.net;

import java.net.URI;
import java.util.List;

/**
 * A complete response: the body is read (up to {@link FetchLimits#maxResponseBytes()}) before the script sees it.
 *
 * @param url        the URL that answered, after redirects
 * @param redirected whether a redirect was followed
 */
public record FetchResponse(int status, String statusText, URI url, boolean redirected,
                            List<FetchRequest.Header> headers, byte[] body) {
    public FetchResponse {
        headers = List.copyOf(headers);
    }
}
