package dev.simplexbot.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * What a test file declares for its bot, beside {@code export const bot}: {@code export const allowNet = [...]} (as
 * {@code --allow-net} takes them) and {@code export const env = { NAME: "value" }} (granted with those values).
 */
record FileOptions(List<String> allowNet, Map<String, String> env) {
    static FileOptions of(Value exports) {
        List<String> grants = new ArrayList<>();
        Value allowNet = exports.getMember("allowNet");
        if (allowNet != null && !allowNet.isNull()) {
            if (!allowNet.hasArrayElements()) {
                throw new IllegalArgumentException("export const allowNet must be an array of grants, e.g. [\"api.example.com\"]");
            }
            for (long i = 0; i < allowNet.getArraySize(); i++) {
                grants.add(allowNet.getArrayElement(i).toString());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Value env = exports.getMember("env");
        if (env != null && !env.isNull()) {
            if (!env.hasMembers() || env.hasArrayElements()) {
                throw new IllegalArgumentException("export const env must be an object of names and values, e.g. { API_TOKEN: \"test\" }");
            }
            for (String key : env.getMemberKeys()) {
                values.put(key, env.getMember(key).toString());
            }
        }
        return new FileOptions(List.copyOf(grants), Map.copyOf(values));
    }

    BotHarness.Builder apply(BotHarness.Builder builder) {
        builder.allowNet(allowNet.toArray(String[]::new));
        env.forEach(builder::env);
        return builder;
    }
}
