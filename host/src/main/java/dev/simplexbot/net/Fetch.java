package dev.simplexbot.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * One {@code fetch}: every hop (the first request and each redirect) is checked before anything is sent to it. The
 * URL's host and port must be granted to the bot; the host's addresses must not be loopback, private or otherwise
 * special unless that address (or {@code localhost}, for loopback) is granted too. The whole exchange, redirects and
 * body included, is bounded by {@link FetchLimits#timeout()}.
 */
public final class Fetch {
    /** Headers the JDK client sets itself or refuses; a script's values for them are dropped, as browsers do. */
    private static final Set<String> DROPPED_HEADERS = Set.of("connection", "content-length", "expect", "host", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer");
    /** Request headers that describe the body; they go when a redirect turns the request into a GET without one. */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-encoding", "content-language",
            "content-location");
    /** Credentials that must not follow a redirect to another origin. */
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");
    private static final String USER_AGENT = "simplex-bot/" + Optional.ofNullable(Fetch.class.getPackage()
            .getImplementationVersion()).orElse("dev");

    private final NetAccess access;
    private final String bot;
    private final FetchRequest original;
    private final long deadlineNanos;
    private final CompletableFuture<FetchResponse> result = new CompletableFuture<>();
    private volatile CompletableFuture<?> inFlight;
    private ScheduledFuture<?> timer;

    Fetch(NetAccess access, String bot, FetchRequest original) {
        this.access = access;
        this.bot = bot;
        this.original = original;
        this.deadlineNanos = System.nanoTime() + access.limits().timeout().toNanos();
    }

    /** Completes with the response, or fails with a {@link FetchException}. */
    public CompletableFuture<FetchResponse> result() {
        return result;
    }

    /** Stops the exchange (the script aborted it or was unloaded); nothing more is sent for it. */
    public void cancel() {
        fail(new FetchException("AbortError", "fetch " + shown(original.url()) + ": cancelled"));
    }

    void run() {
        timer = NetAccess.Shared.TIMERS.schedule(() -> fail(new FetchException("TimeoutError", "fetch " + shown(original.url())
                + ": no complete response within " + human(access.limits().timeout()) + " (--fetch-timeout)")),
                access.limits().timeout().toNanos(), TimeUnit.NANOSECONDS);
        result.whenComplete((response, failure) -> timer.cancel(false));
        hop(original, 0, false);
    }

    private void hop(FetchRequest request, int redirects, boolean redirected) {
        if (result.isDone()) {
            return;
        }
        Target target;
        try {
            target = granted(request.url(), redirects > 0);
        } catch (FetchException refused) {
            fail(refused);
            return;
        }
        CompletableFuture<HttpResponse<byte[]>> sent = CompletableFuture
                .runAsync(() -> checkAddresses(target), NetAccess.Shared.LOOKUPS)
                .thenCompose(checked -> send(request, target));
        inFlight = sent;
        sent.whenComplete((response, failure) -> {
            if (failure != null) {
                fail(describe(failure, request.url()));
                return;
            }
            Optional<URI> location;
            try {
                location = redirectLocation(request, response);
            } catch (FetchException refused) {
                fail(refused);
                return;
            }
            if (location.isEmpty()) {
                succeed(new FetchResponse(response.statusCode(), StatusTexts.of(response.statusCode()), request.url(),
                        redirected, headers(response), response.body()));
            } else if (redirects >= FetchLimits.MAX_REDIRECTS) {
                fail(FetchException.typeError("fetch " + shown(original.url()) + ": more than " + FetchLimits.MAX_REDIRECTS + " redirects"));
            } else {
                hop(redirect(request, response.statusCode(), location.get()), redirects + 1, true);
            }
        });
        if (result.isDone()) {
            sent.cancel(true);
        }
    }

    /** The scheme and the grants, before any lookup: a refusal here means nothing at all happened on the network. */
    private Target granted(URI url, boolean redirect) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String what = "fetch " + (redirect ? "redirect from " + shown(original.url()) + " to " + shown(url) : shown(url));
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.typeError(what + ": only http and https URLs can be fetched");
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw FetchException.typeError(what + ": " + (url.getHost() == null ? "the URL has no host" : "credentials in a URL are not sent; use an Authorization header"));
        }
        String host = bareHost(url);
        int port = effectivePort(url);
        NetGrants grants = access.grants();
        if (!grants.allows(bot, host, port)) {
            throw FetchException.permissionDenied(what + " refused: "
                    + grants.refusal(bot, host, port, defaultPort(scheme)));
        }
        return new Target(url, host, port, what, access.interception(url).orElse(null));
    }

    /**
     * The addresses the host name leads to, checked before connecting. The client resolves the name again when it
     * connects; both lookups go through the JVM's address cache (see SECURITY.md for the window that leaves).
     */
    private void checkAddresses(Target target) {
        if (target.stub() != null) {
            return;
        }
        InetAddress literal = HostSyntax.ipLiteral(target.host());
        InetAddress[] addresses;
        if (literal != null) {
            addresses = new InetAddress[] {literal};
        } else {
            try {
                addresses = access.resolver().resolve(target.host());
            } catch (UnknownHostException e) {
                throw FetchException.typeError(target.what() + ": cannot resolve " + target.host());
            }
        }
        NetGrants grants = access.grants();
        for (InetAddress address : addresses) {
            String kind = SpecialAddresses.kind(address);
            if (kind != null && !grants.grantsAddress(bot, address, target.port())) {
                String shownAddress = address.getHostAddress().replaceAll("%.*$", "");
                String asGranted = address instanceof java.net.Inet6Address ? "[" + shownAddress + "]" : shownAddress;
                throw FetchException.permissionDenied(target.what() + " refused: " + target.host()
                        + " resolves to " + shownAddress + ", a " + kind + " address; only a grant of the address itself"
                        + (address.isLoopbackAddress() ? " or of localhost" : "") + " allows it (--allow-net="
                        + asGranted + ")");
            }
        }
    }

    private CompletableFuture<HttpResponse<byte[]>> send(FetchRequest request, Target target) {
        if (result.isDone()) {
            return CompletableFuture.failedFuture(new CancellationException());
        }
        URI connectTo = target.stub() == null ? request.url() : target.stub().resolve(pathAndQuery(request.url()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(connectTo)
                .timeout(remaining())
                .version(connectTo.getScheme().equalsIgnoreCase("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        boolean userAgent = false;
        boolean accept = false;
        try {
            for (FetchRequest.Header header : request.headers()) {
                String name = header.name().toLowerCase(Locale.ROOT);
                if (DROPPED_HEADERS.contains(name)) {
                    continue;
                }
                userAgent |= name.equals("user-agent");
                accept |= name.equals("accept");
                builder.header(header.name(), header.value());
            }
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(FetchException.typeError(target.what() + ": " + e.getMessage()));
        }
        if (!userAgent) {
            builder.header("User-Agent", USER_AGENT);
        }
        if (!accept) {
            builder.header("Accept", "*/*");
        }
        if (target.stub() != null) {
            builder.header("Forwarded", "host=\"" + request.url().getRawAuthority() + "\";proto=" + request.url().getScheme());
        }
        CompletableFuture<HttpResponse<byte[]>> response = NetAccess.Shared.CLIENT.sendAsync(builder.build(),
                CappedBody.handler(access.limits().maxResponseBytes(), "fetch " + shown(original.url())));
        inFlight = response;
        return response;
    }

    private Optional<URI> redirectLocation(FetchRequest request, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
            return Optional.empty();
        }
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty() || request.redirect().equals("manual")) {
            return Optional.empty();
        }
        if (request.redirect().equals("error")) {
            throw FetchException.typeError("fetch " + shown(request.url()) + ": redirected (status " + status + ") and redirect is \"error\"");
        }
        return Optional.of(Locations.resolve(request.url(), location.get()));
    }

    /** The fetch standard's rules: 303 (and 301/302 after POST) become a GET without body; credentials stay same-origin. */
    private static FetchRequest redirect(FetchRequest request, int status, URI location) {
        String method = request.method();
        byte[] body = request.body();
        List<FetchRequest.Header> headers = new ArrayList<>(request.headers());
        if (((status == 301 || status == 302) && method.equals("POST")) || (status == 303 && !method.equals("HEAD"))) {
            method = "GET";
            body = null;
            headers.removeIf(h -> BODY_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)));
        }
        if (!NetAccess.Origins.of(request.url()).equals(NetAccess.Origins.of(location))) {
            headers.removeIf(h -> CREDENTIAL_HEADERS.contains(h.name().toLowerCase(Locale.ROOT)));
        }
        return new FetchRequest(method, location, headers, body, request.redirect());
    }

    private void succeed(FetchResponse response) {
        result.complete(response);
    }

    private void fail(FetchException failure) {
        if (result.completeExceptionally(failure)) {
            CompletableFuture<?> current = inFlight;
            if (current != null) {
                current.cancel(true);
            }
        }
    }

    private FetchException describe(Throwable failure, URI url) {
        for (Throwable link = failure; link != null; link = link.getCause()) {
            if (link instanceof FetchException fetch) {
                return fetch;
            }
        }
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String what = "fetch " + shown(url);
        if (cause instanceof HttpConnectTimeoutException) {
            return FetchException.typeError(what + ": connect timed out");
        }
        if (cause instanceof HttpTimeoutException) {
            return new FetchException("TimeoutError", what + ": no complete response within "
                    + human(access.limits().timeout()) + " (--fetch-timeout)");
        }
        if (cause instanceof ConnectException) {
            return FetchException.typeError(what + ": connection refused");
        }
        if (cause instanceof SSLException) {
            return FetchException.typeError(what + ": TLS failed: " + cause.getMessage());
        }
        if (cause instanceof CancellationException) {
            return new FetchException("AbortError", what + ": cancelled");
        }
        if (cause instanceof IOException) {
            return FetchException.typeError(what + ": network error: " + cause.getMessage());
        }
        return FetchException.typeError(what + ": " + cause);
    }

    private Duration remaining() {
        return Duration.ofNanos(Math.max(1_000_000, deadlineNanos - System.nanoTime()));
    }

    private static List<FetchRequest.Header> headers(HttpResponse<?> response) {
        List<FetchRequest.Header> headers = new ArrayList<>();
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                values.forEach(value -> headers.add(new FetchRequest.Header(name.toLowerCase(Locale.ROOT), value)));
            }
        });
        return headers;
    }

    static int effectivePort(URI url) {
        return url.getPort() >= 0 ? url.getPort() : defaultPort(url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String bareHost(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static String pathAndQuery(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }

    /** The URL without query, fragment and credentials: query strings often carry API keys. */
    static String shown(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String authority = url.getHost() != null ? url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "")
                : url.getRawAuthority() == null ? "" : url.getRawAuthority();
        return url.getScheme() + "://" + authority + path;
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }

    /** A granted hop: where it goes, what to call it in messages, and the stub serving it in tests. */
    private record Target(URI url, String host, int port, String what, URI stub) {}
}
