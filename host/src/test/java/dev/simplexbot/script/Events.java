package dev.simplexbot.script;

import dev.simplexbot.session.ChatEvent;

/** Event JSON as the CLI sends it, trimmed to the fields bots read. */
final class Events {
    private Events() {}

    static ChatEvent receivedText(long contactId, String text) {
        String json = """
                {"type":"newChatItems","user":{"userId":1,"localDisplayName":"bot"},"chatItems":[{\
                "chatInfo":{"type":"direct","contact":{"contactId":%d,"localDisplayName":"alice"}},\
                "chatItem":{"chatDir":{"type":"directRcv"},"meta":{"itemId":7},\
                "content":{"type":"rcvMsgContent","msgContent":{"type":"text","text":%s}}}}]}"""
                .formatted(contactId, quote(text));
        return new ChatEvent("newChatItems", json);
    }

    static ChatEvent of(String type, String fieldsJson) {
        return new ChatEvent(type, "{\"type\":\"" + type + "\"" + (fieldsJson.isEmpty() ? "" : "," + fieldsJson) + "}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
