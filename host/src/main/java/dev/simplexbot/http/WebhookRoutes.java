package dev.simplexbot.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which bot version serves {@code /bots/<name>/...} right now. A version publishes its routes once it loaded cleanly
 * (replacing the previous version's in one step) and withdraws them when it is unloaded, so a request never reaches an
 * old version after a reload.
 */
public final class WebhookRoutes {
    private final Map<String, WebhookTarget> active = new ConcurrentHashMap<>();

    public void publish(String bot, WebhookTarget target) {
        active.put(bot, target);
    }

    /** Removes {@code target}'s routes if they are still the ones served for {@code bot}. */
    public void withdraw(String bot, WebhookTarget target) {
        active.remove(bot, target);
    }

    public Optional<WebhookTarget> of(String bot) {
        return Optional.ofNullable(active.get(bot));
    }
}
