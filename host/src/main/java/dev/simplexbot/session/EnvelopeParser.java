package dev.simplexbot.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Reads the envelope of a CLI frame — {@code corrId} and {@code resp.type} — with Jackson's streaming parser
 * and returns the {@code resp} object as the exact substring of the frame, so numbers and unknown fields reach
 * scripts untouched. Unwraps {@code {"Right":…}} and {@code {"Left":…}}. Never throws: anything unexpected is an
 * {@link Envelope.Invalid}.
 */
final class EnvelopeParser {
    static final int EXCERPT_CHARS = 200;
    static final String CHAT_CMD_ERROR = "chatCmdError";
    static final String CHAT_ERROR_EVENT = "chatError";

    private final JsonFactory json;

    EnvelopeParser(int maxFrameChars) {
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(maxFrameChars, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .maxDocumentLength(maxFrameChars)
                        .build())
                .build();
    }

    Envelope parse(String frame) {
        try {
            return classify(frame);
        } catch (IOException | RuntimeException e) {
            return invalid("not JSON (" + firstLine(e.getMessage()) + ")", frame);
        }
    }

    /**
     * One pass over the frame: the envelope's fields, and inside {@code resp} only its own top-level fields (nested
     * values are skipped, their place in the text remembered), so a frame is tokenized once.
     */
    private Envelope classify(String frame) throws IOException {
        Fields resp = null;
        String corrId = null;
        try (JsonParser p = json.createParser(frame)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return invalid("not a JSON object", frame);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("corrId".equals(field) && (value == JsonToken.VALUE_STRING || value.isNumeric())) {
                    corrId = p.getText();
                } else if ("resp".equals(field) && value == JsonToken.START_OBJECT) {
                    resp = objectFields(p, frame);
                } else {
                    p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return invalid("trailing data after the JSON object", frame);
            }
        }
        if (resp == null) {
            return invalid("no \"resp\" object", frame);
        }
        if (resp.right != null) {
            return classifyPayload(corrId, topFields(resp.right), resp.right, frame);
        }
        if (resp.left != null) {
            return classifyLeft(corrId, topFields(resp.left), resp.left, frame);
        }
        return classifyPayload(corrId, resp, resp.text, frame);
    }

    private Envelope classifyPayload(String corrId, Fields fields, String payload, String frame) {
        if (fields.type == null) {
            return invalid("\"resp\" has no \"type\"", frame);
        }
        if (corrId == null) {
            return new Envelope.Event(fields.type, payload);
        }
        String chatError = CHAT_CMD_ERROR.equals(fields.type) ? fields.chatError : null;
        if (CHAT_CMD_ERROR.equals(fields.type) && chatError == null) {
            chatError = "{}";
        }
        return new Envelope.Reply(corrId, fields.type, payload, chatError);
    }

    /** A {@code Left} holds a ChatError; older CLIs put a whole {@code chatCmdError}/{@code chatError} record there. */
    private Envelope classifyLeft(String corrId, Fields fields, String payload, String frame) {
        if (fields.type == null) {
            return invalid("\"Left\" has no \"type\"", frame);
        }
        String chatError = fields.chatError != null ? fields.chatError : payload;
        if (corrId == null) {
            String event = "{\"type\":\"" + CHAT_ERROR_EVENT + "\",\"chatError\":" + chatError + "}";
            return new Envelope.Event(CHAT_ERROR_EVENT, event);
        }
        String reply = "{\"type\":\"" + CHAT_CMD_ERROR + "\",\"chatError\":" + chatError + "}";
        return new Envelope.Reply(corrId, CHAT_CMD_ERROR, reply, chatError);
    }

    /** The fields of one object the envelope cares about; nested values and the object itself as exact substrings. */
    private record Fields(String text, String type, String right, String left, String chatError) {}

    private Fields topFields(String object) throws IOException {
        try (JsonParser p = json.createParser(object)) {
            p.nextToken();
            return objectFields(p, object);
        }
    }

    /** With the parser on an object's START_OBJECT in {@code text}: reads its top-level fields, ends on its END_OBJECT. */
    private static Fields objectFields(JsonParser p, String text) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        String type = null, right = null, left = null, chatError = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("type".equals(field) && value == JsonToken.VALUE_STRING) {
                type = p.getText();
            } else if (value == JsonToken.START_OBJECT && "Right".equals(field)) {
                right = objectSpan(p).of(text);
            } else if (value == JsonToken.START_OBJECT && "Left".equals(field)) {
                left = objectSpan(p).of(text);
            } else if (value == JsonToken.START_OBJECT && "chatError".equals(field)) {
                chatError = objectSpan(p).of(text);
            } else {
                p.skipChildren();
            }
        }
        int end = (int) p.currentTokenLocation().getCharOffset() + 1;
        return new Fields(text.substring(start, end), type, right, left, chatError);
    }

    private record Span(int start, int end) {
        String of(String text) {
            return text.substring(start, end);
        }
    }

    /** With the parser on START_OBJECT: skip to its END_OBJECT and return where the object lies in the text. */
    private static Span objectSpan(JsonParser p) throws IOException {
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.skipChildren();
        int end = (int) p.currentTokenLocation().getCharOffset() + 1;
        return new Span(start, end);
    }

    private static Envelope.Invalid invalid(String reason, String frame) {
        return new Envelope.Invalid(reason, excerpt(frame));
    }

    static String excerpt(String frame) {
        String oneLine = frame.length() > EXCERPT_CHARS ? frame.substring(0, EXCERPT_CHARS) : frame;
        oneLine = oneLine.replaceAll("\\s+", " ");
        return frame.length() > EXCERPT_CHARS
                ? oneLine + "… (" + frame.length() + " chars)"
                : oneLine;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
