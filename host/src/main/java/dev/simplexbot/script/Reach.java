package dev.simplexbot.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.env.SecretRedactor;
import dev.simplexbot.http.WebhookRoutes;
import dev.simplexbot.net.AddressCache;
import dev.simplexbot.net.NetAccess;
import org.slf4j.LoggerFactory;

/** What the scripts of one runtime share for reaching the world: outbound HTTP, the granted environment, webhooks. */
record Reach(ReachOptions options, NetAccess net, WebhookRoutes webhooks, SecretRedactor redactor) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Reach of(ReachOptions options) {
        if (!options.net().isEmpty() && !AddressCache.enabled()) {
            LoggerFactory.getLogger(Reach.class).warn("the JVM's address cache is off (networkaddress.cache.ttl=0): a host"
                    + " granted by name could be re-resolved to a private address between fetch's check and the connection"
                    + " (DNS rebinding); grant addresses instead, or leave the cache on");
        }
        return new Reach(options, new NetAccess(options.net(), options.fetch(), options.resolver()), new WebhookRoutes(),
                SecretRedactor.of(options.env().allValues(options.environment())));
    }

    /** {@code bot.env} of {@code bot} as JSON text: its granted variables that are set. */
    String envJson(String bot) {
        try {
            return JSON.writeValueAsString(options.env().valuesFor(bot, options.environment()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
