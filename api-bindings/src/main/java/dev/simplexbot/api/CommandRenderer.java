package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one renderer from parameters to the CLI command string, driven by the spec.
 * CONTRACT STUB (replaced by the api-bindings implementation).
 */
public final class CommandRenderer {
    public CommandRenderer(ApiSpec spec) {}

    /**
     * Renders the command for {@code method} (the JS method name, e.g. {@code apiSendMessages}, or the docs
     * name, e.g. {@code APISendMessages}). {@code paramsJson} is the parameters object as JSON text exactly
     * as JavaScript's JSON.stringify printed it ({@code null} or {@code "{}"} for none); JSON parameters are
     * copied from that text verbatim.
     *
     * @throws CommandValidationException unknown command, unknown/missing/wrong-typed parameter, or a text
     *     value that would break the command line
     */
    public String render(String method, String paramsJson) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Same for Java callers: parameters as a Jackson tree. */
    public String render(String method, JsonNode params) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
