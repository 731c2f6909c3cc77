package dev.simplexbot.api;

import java.util.List;

/**
 * One documented command. {@code name} is the docs name ({@code APISendMessages}), {@code method} the JS method
 * name ({@code apiSendMessages}), {@code syntax} the docs' plain syntax line, {@code js} the docs' JavaScript
 * expression that builds the command string, {@code network} the docs' network usage (interactive, background, no).
 */
public record CommandSpec(
        String name,
        String method,
        String group,
        String description,
        List<ParamSpec> params,
        String network,
        String syntax,
        String js,
        List<ResponseSpec> responses,
        List<ErrorSpec> errors) {

    public java.util.Optional<ParamSpec> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
