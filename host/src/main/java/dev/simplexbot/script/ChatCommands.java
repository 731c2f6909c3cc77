package dev.simplexbot.script;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandRenderer;
import dev.simplexbot.api.CommandSpec;
import dev.simplexbot.api.CommandValidationException;
import java.util.List;

/** The commands scripts get as {@code bot.chat.<method>} and how their parameters become a command line. */
public interface ChatCommands {
    /** JS method names, e.g. {@code apiSendMessages}. */
    List<String> methods();

    /**
     * @param paramsJson the parameters as JSON text from {@code JSON.stringify}, or {@code null} for none
     * @throws CommandValidationException when a parameter is missing, unknown or of the wrong type
     */
    String render(String method, String paramsJson);

    /** All documented commands, rendered by the spec's {@link CommandRenderer}. */
    static ChatCommands fromSpec(ApiSpec spec) {
        List<String> methods = spec.commands().stream().map(CommandSpec::method).toList();
        CommandRenderer renderer = new CommandRenderer(spec);
        return new ChatCommands() {
            @Override
            public List<String> methods() {
                return methods;
            }

            @Override
            public String render(String method, String paramsJson) {
                return renderer.render(method, paramsJson);
            }
        };
    }
}
