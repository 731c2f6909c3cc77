package dev.simplexbot.script;

import dev.simplexbot.api.CommandValidationException;
import java.util.List;

/**
 * Stand-in for the spec's renderer in runtime tests: {@code echo({text})} renders {@code /echo <text>};
 * a missing text is the validation error the real renderer gives for a missing parameter.
 */
final class TestCommands implements ChatCommands {
    @Override
    public List<String> methods() {
        return List.of("echo", "showActiveUser");
    }

    @Override
    public String render(String method, String paramsJson) {
        return switch (method) {
            case "showActiveUser" -> "/user";
            case "echo" -> {
                if (paramsJson == null || !paramsJson.contains("\"text\":\"")) {
                    throw new CommandValidationException("echo", "text", "echo: missing parameter text (string)");
                }
                int start = paramsJson.indexOf("\"text\":\"") + 8;
                yield "/echo " + paramsJson.substring(start, paramsJson.indexOf('"', start));
            }
            default -> throw new CommandValidationException(method, null, "unknown command " + method);
        };
    }
}
