package dev.simplexbot.reliability;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Frames a broken or hostile CLI could send: truncated JSON, wrong types in the fields the envelope reads,
 * deep nesting, huge strings, junk. Generated from a seed, so a failure names the frame that caused it.
 */
final class BadFrames {
    static final String VALID_EVENT = "{\"resp\":{\"type\":\"newChatItems\",\"user\":{\"userId\":1},\"chatItems\":[]}}";
    static final String VALID_REPLY = "{\"corrId\":\"7\",\"resp\":{\"type\":\"activeUser\",\"user\":{\"userId\":1}}}";

    private static final List<Function<Random, String>> KINDS = List.of(
            r -> truncated(r, r.nextBoolean() ? VALID_EVENT : VALID_REPLY),
            r -> "{\"corrId\":" + pick(r, "1", "{}", "[]", "null", "true", "1.5e300") + ",\"resp\":{\"type\":\"activeUser\"}}",
            r -> "{\"resp\":{\"type\":" + pick(r, "1", "{}", "[]", "null", "false", "\"\"") + "}}",
            r -> "{\"resp\":" + pick(r, "[]", "[{\"type\":\"x\"}]", "\"text\"", "42", "null", "true") + "}",
            r -> "{\"resp\":{\"Right\":" + pick(r, "[]", "1", "\"x\"", "{}") + "}}",
            r -> "{\"corrId\":\"3\",\"resp\":{\"Left\":" + pick(r, "[]", "1", "\"x\"", "{}", "null") + "}}",
            r -> nested(r.nextInt(9_000) + 1_001, r.nextBoolean()),
            r -> "{\"resp\":{\"type\":\"x\",\"big\":\"" + "a".repeat(1 + r.nextInt(2_000_000)) + "\"}",
            r -> "{\"resp\":{\"type\":\"" + "t".repeat(1 + r.nextInt(1_000_000)) + "\"," + "\"x\":[" + "1,".repeat(r.nextInt(10_000)) + "}}",
            r -> junk(r, 1 + r.nextInt(300)),
            r -> pick(r, "", " ", "null", "[]", "{}", "\"resp\"", "{\"resp\"}", "{\"resp\":}", "{,}", "{\"resp\":{\"type\":\"x\"}}}",
                    "{\"resp\":{\"type\":\"x\"}} trailing", "{\"resp\":{\"type\":\"x\"}}{\"resp\":{}}", "\uFEFF{\"resp\":{\"type\":\"x\"}"),
            r -> "{\"resp\":{\"type\":\"x\",\"s\":\"\\ud800\\" + pick(r, "u", "x", "q", "") + "\"}",
            r -> "{\"resp\":{\"type\":\"x\"},\"corrId\":\"" + "\u0000\u2028\"".repeat(r.nextInt(3)) + "}");

    private BadFrames() {}

    static int kinds() {
        return KINDS.size();
    }

    static String next(Random random) {
        return KINDS.get(random.nextInt(KINDS.size())).apply(random);
    }

    static String of(int kind, Random random) {
        return KINDS.get(kind).apply(random);
    }

    private static String truncated(Random r, String frame) {
        return frame.substring(0, r.nextInt(frame.length() - 1));
    }

    private static String nested(int depth, boolean inResp) {
        String open = "[".repeat(depth);
        String close = "]".repeat(depth);
        return inResp ? "{\"resp\":{\"type\":\"x\",\"deep\":" + open + close + "}}" : open + close;
    }

    private static String junk(Random r, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(r.nextInt(10) == 0 ? (char) r.nextInt(0xD800) : "{}[]\":,\\ae1-.tnul".charAt(r.nextInt(17)));
        }
        return s.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
