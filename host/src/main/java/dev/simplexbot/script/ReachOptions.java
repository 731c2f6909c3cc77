package dev.simplexbot.script;

import dev.simplexbot.env.EnvGrants;
import dev.simplexbot.net.FetchLimits;
import dev.simplexbot.net.HostResolver;
import dev.simplexbot.net.NetGrants;
import java.util.Objects;
import java.util.function.Function;

/**
 * What scripts may reach beyond SimpleX; by default nothing.
 *
 * @param net         hosts {@code fetch} may reach ({@code --allow-net})
 * @param fetch       caps on fetch
 * @param env         variables {@code bot.env} holds ({@code --allow-env})
 * @param environment where their values come from: the process environment, or a test's own values
 * @param resolver    how host names are resolved before the address check: the system's, outside tests
 */
public record ReachOptions(NetGrants net, FetchLimits fetch, EnvGrants env, Function<String, String> environment,
                           HostResolver resolver) {
    public ReachOptions {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(resolver, "resolver");
    }

    /** Nothing granted; fetch rejects every request, {@code bot.env} is empty. */
    public static ReachOptions none() {
        return new ReachOptions(NetGrants.none(), FetchLimits.defaults(), EnvGrants.none(), System::getenv,
                HostResolver.system());
    }

    public ReachOptions withNet(NetGrants grants) {
        return new ReachOptions(grants, fetch, env, environment, resolver);
    }

    public ReachOptions withFetchLimits(FetchLimits limits) {
        return new ReachOptions(net, limits, env, environment, resolver);
    }

    public ReachOptions withEnv(EnvGrants grants, Function<String, String> values) {
        return new ReachOptions(net, fetch, grants, values, resolver);
    }

    public ReachOptions withResolver(HostResolver hostResolver) {
        return new ReachOptions(net, fetch, env, environment, hostResolver);
    }
}
