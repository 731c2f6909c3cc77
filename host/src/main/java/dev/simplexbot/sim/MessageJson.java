package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@link SimMessage} as JSON, the way the JS test kit and the control API hand messages out. */
public final class MessageJson {
    private MessageJson() {}

    public static ObjectNode of(SimMessage message) {
        ObjectNode json = SimJson.object()
                .put("itemId", message.itemId())
                .put("text", message.text())
                .put("contentType", message.contentType())
                .put("quotedItemId", message.quotedItemId())
                .put("quotedText", message.quotedText())
                .put("group", message.group())
                .put("edited", message.edited())
                .put("deleted", message.deleted());
        if (message.file() != null) {
            json.putObject("file")
                    .put("fileName", message.file().fileName())
                    .put("fileSize", message.file().fileSize())
                    .put("path", message.file().path() == null ? null : message.file().path().toString());
        } else {
            json.putNull("file");
        }
        return json;
    }
}
