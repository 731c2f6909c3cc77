package dev.simplexbot.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Outbound HTTP for the scripts of one runtime: the operator's grants, the caps, and the JDK HTTP client every fetch
 * goes through. Each fetch is checked hop by hop ({@link Fetch}); this class holds what the hops share.
 *
 * <p>The test kit can add grants while a bot runs (a stub server's address) and route an origin to a local stub;
 * neither exists outside tests.
 */
public final class NetAccess {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final AtomicReference<NetGrants> grants;
    private final FetchLimits limits;
    private final HostResolver resolver;
    private final Map<String, URI> interceptions = new ConcurrentHashMap<>();
    private final Object activity = new Object();
    private long started; // guarded by activity
    private int inFlight; // guarded by activity

    public NetAccess(NetGrants grants, FetchLimits limits, HostResolver resolver) {
        this.grants = new AtomicReference<>(grants);
        this.limits = limits;
        this.resolver = resolver;
    }

    public static NetAccess denyAll() {
        return new NetAccess(NetGrants.none(), FetchLimits.defaults(), HostResolver.system());
    }

    /** Starts {@code request} for {@code bot}; the future fails with a {@link FetchException}. */
    public Fetch start(String bot, FetchRequest request) {
        Fetch fetch = new Fetch(this, bot, request);
        synchronized (activity) {
            started++;
            inFlight++;
        }
        fetch.result().whenComplete((response, failure) -> {
            synchronized (activity) {
                inFlight--;
                activity.notifyAll();
            }
        });
        fetch.run();
        return fetch;
    }

    /** How many fetches were started so far (the test kit tells a quiet bot by it). */
    public long startedCount() {
        synchronized (activity) {
            return started;
        }
    }

    /** Waits until no fetch is in flight; {@code false} when some still are after {@code timeout}. */
    public boolean awaitNoneInFlight(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (activity) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                activity.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    public NetGrants grants() {
        return grants.get();
    }

    public FetchLimits limits() {
        return limits;
    }

    HostResolver resolver() {
        return resolver;
    }

    /** Adds a grant while the scripts run (the test kit grants its stub servers this way). */
    public void grant(NetGrant grant) {
        grants.updateAndGet(current -> current.plus(grant));
    }

    /**
     * Test kit only: requests to {@code origin} ({@code https://api.example.com}) go to {@code stub} instead, which must
     * be a local server. The origin must still be granted; its name is not resolved.
     */
    public void intercept(String origin, URI stub) {
        interceptions.put(Origins.of(URI.create(origin)), stub);
    }

    Optional<URI> interception(URI url) {
        return interceptions.isEmpty() ? Optional.empty() : Optional.ofNullable(interceptions.get(Origins.of(url)));
    }

    /** What every runtime shares: one client (it keeps connections alive), timers and the threads for DNS lookups. */
    static final class Shared {
        // Redirects are followed by Fetch, hop by hop, so each one is checked against the grants. No proxy: the address
        // checked is the address connected to.
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        static final ScheduledExecutorService TIMERS = timers();
        static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(daemon("fetch-dns"));

        private Shared() {}

        private static ScheduledExecutorService timers() {
            ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("fetch-timeouts"));
            timers.setRemoveOnCancelPolicy(true);
            return timers;
        }

        private static java.util.concurrent.ThreadFactory daemon(String name) {
            return runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            };
        }
    }

    /** Scheme, host and effective port of a URL, as the key of an interception. */
    static final class Origins {
        private Origins() {}

        static String of(URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
            String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
            return scheme + "://" + host + ":" + Fetch.effectivePort(url);
        }
    }
}
