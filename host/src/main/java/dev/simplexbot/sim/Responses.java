package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The envelope every response and event shares: {@code type} plus the {@code user} it concerns. */
final class Responses {
    private Responses() {}

    static ObjectNode of(String type, Entities.User user) {
        return SimJson.typed(type).set("user", UserJson.user(user));
    }

    static ObjectNode cmdOk(Entities.User user) {
        return SimJson.typed("cmdOk").set("user_", UserJson.user(user));
    }
}
