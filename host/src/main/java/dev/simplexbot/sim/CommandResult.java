package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A command's response and the events that follow it (sent after the response, in order). */
public record CommandResult(ObjectNode response, List<ObjectNode> events) {
    public CommandResult {
        events = List.copyOf(events);
    }

    static CommandResult of(ObjectNode response) {
        return new CommandResult(response, List.of());
    }

    public String responseType() {
        return response.path("type").asText();
    }

    static CommandResult error(ObjectNode chatError) {
        return of(SimJson.typed("chatCmdError").set("chatError", chatError));
    }
}
