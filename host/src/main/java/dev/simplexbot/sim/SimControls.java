package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * What happens to the bot's CLI that no person does: the network goes down and comes back, message subscriptions
 * change, deliveries and file transfers fail, errors are reported. Misuse is an {@link IllegalArgumentException} or
 * {@link IllegalStateException} with what to do instead. Thread-safe.
 */
public final class SimControls {
    /** SndError variants a delivery can fail with. */
    public static final List<String> DELIVERY_ERRORS = List.of("auth", "quota", "expired", "other");
    /** SubscriptionStatus variants. */
    public static final List<String> SUBSCRIPTION_STATES = List.of("active", "pending", "removed", "noSub");
    /** The severities messageError uses. */
    public static final List<String> SEVERITIES = List.of("info", "warning", "error");

    private final SimState state;
    private final EventRelay events;
    private final ControlSupport support;

    SimControls(SimState state, EventRelay events, Delivery delivery) {
        this.state = state;
        this.events = events;
        this.support = new ControlSupport(state, events, delivery);
    }

    /** The support methods of person actions, for the lookups controls share with them. */
    private static final class ControlSupport extends ActionSupport {
        ControlSupport(SimState state, EventRelay events, Delivery delivery) {
            super(state, events, delivery);
        }
    }

    /**
     * Takes the simulated network down ({@code hostDisconnected} per server) or brings it back ({@code hostConnected}),
     * then delivers what waited: people's messages to the bot, the bot's to them.
     */
    public void network(boolean up) {
        state.locked(() -> {
            if (!state.network.set(up)) {
                throw new IllegalStateException("the simulated network is already " + (up ? "up" : "down"));
            }
            for (String[] host : SimNetwork.HOSTS) {
                events.publish(SimJson.typed(up ? "hostConnected" : "hostDisconnected").put("protocol", host[0]).put("transportHost", host[1]));
            }
            if (up) {
                events.publishAll(state.network.releaseEvents());
                state.network.releaseDeliveries().forEach(Runnable::run);
            }
        });
    }

    public boolean networkUp() {
        return state.locked(state.network::up);
    }

    /**
     * The messaging server reports the bot's subscriptions as {@code status} (active, pending, removed, noSub);
     * {@code error} is the reason given for {@code removed}.
     */
    public void subscriptionStatus(String status, String error) {
        if (!SUBSCRIPTION_STATES.contains(status)) {
            throw new IllegalArgumentException("subscription status must be one of " + SUBSCRIPTION_STATES + ", got " + status);
        }
        state.locked(() -> {
            ObjectNode subscription = SimJson.typed(status);
            if (status.equals("removed")) {
                subscription.put("subError", error == null ? "simulated: the server removed the queues" : error);
            }
            ArrayNode connections = SimJson.array();
            state.contacts.values().stream().filter(c -> c.active() && c.ready).forEach(c -> connections.add("sim-conn-" + c.connId));
            events.publish(SimJson.typed("subscriptionStatus").put("server", SimNetwork.SMP_SERVER)
                    .<ObjectNode>set("subscriptionStatus", subscription).set("connections", connections));
        });
    }

    /** The bot's message {@code itemId} could not be delivered ({@code warning}: not yet, the CLI retries). */
    public void deliveryError(long itemId, boolean warning, String reason) {
        String kind = reason == null ? (warning ? "quota" : "auth") : reason;
        if (!DELIVERY_ERRORS.contains(kind)) {
            throw new IllegalArgumentException("a delivery error is one of " + DELIVERY_ERRORS + ", got " + reason);
        }
        state.locked(() -> {
            Entities.ChatItem item = support.botItem(itemId);
            ObjectNode sndError = kind.equals("other") ? SimJson.typed("other").put("sndError", "simulated delivery failure") : SimJson.typed(kind);
            item.status = SimJson.typed(warning ? "sndWarning" : "sndError").set("agentError", sndError);
            events.publish(Responses.of("chatItemsStatusesUpdated", state.users.get(item.userId))
                    .set("chatItems", SimJson.array().add(state.json.aChatItem(item))));
        });
    }

    /** The next time the bot receives the file of item {@code itemId} it fails ({@code warning}: it is reported, then completes). */
    public void fileReceiveFault(long itemId, boolean warning) {
        state.locked(() -> {
            Entities.ChatItem item = state.items.get(itemId);
            if (item == null || item.file == null || item.sent) {
                throw new IllegalArgumentException("chat item " + itemId + " is not a file someone sent the bot");
            }
            if (item.file.state != Entities.FileState.RCV_INVITATION) {
                throw new IllegalStateException(item.file.fileName + " is past receiving (" + item.file.state.name().toLowerCase(Locale.ROOT) + ")");
            }
            item.file.fault = warning ? Entities.FileFault.WARNING : Entities.FileFault.ERROR;
        });
    }

    /** The next file the bot sends fails to upload ({@code warning}: it is reported, then the upload completes). */
    public void fileSendFault(boolean warning) {
        state.locked(() -> state.sendFileFaults.addLast(warning ? Entities.FileFault.WARNING : Entities.FileFault.ERROR));
    }

    /** Files people send are received as they arrive, as with the CLI's auto-accept option ({@code rcvFileAccepted}). */
    public void autoReceiveFiles(boolean on) {
        state.locked(() -> {
            state.autoReceiveFiles = on;
        });
    }

    /** The CLI reports an error that belongs to no command ({@code chatError}). */
    public void chatError(String message) {
        events.publish(SimJson.typed("chatError").set("chatError", internalError(message)));
    }

    /** The CLI reports several errors at once ({@code chatErrors}), e.g. after a burst of network trouble. */
    public void chatErrors(List<String> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("chatErrors needs at least one message");
        }
        ArrayNode errors = SimJson.array();
        messages.forEach(m -> errors.add(internalError(m)));
        events.publish(SimJson.typed("chatErrors").set("chatErrors", errors));
    }

    private static ObjectNode internalError(String message) {
        return SimJson.typed("error").set("errorType", SimJson.typed("internalError").put("message", message));
    }

    /** A message could not be processed ({@code messageError}); severity is info, warning or error. */
    public void messageError(String severity, String text) {
        if (!SEVERITIES.contains(severity)) {
            throw new IllegalArgumentException("severity must be one of " + SEVERITIES + ", got " + severity);
        }
        state.locked(() -> events.publish(Responses.of("messageError", support.botUser())
                .put("severity", severity).put("errorMessage", text)));
    }
}
