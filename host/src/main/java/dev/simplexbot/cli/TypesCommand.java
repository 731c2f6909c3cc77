package dev.simplexbot.cli;

import dev.simplexbot.api.TypeScriptDeclarations;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simplex-bot types [DIR]}: writes the TypeScript declarations editors use for completion and type checks. */
@Command(name = "types", mixinStandardHelpOptions = true,
        description = "Writes simplex-bot.d.ts into DIR, so editors check bot scripts (// @ts-check) and complete bot.chat.*.")
final class TypesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", defaultValue = ".", description = "The folder to write it in (default: the current folder; created if missing).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "not a folder: " + dir);
        }
        Files.createDirectories(dir);
        Path file = dir.resolve(TypeScriptDeclarations.FILE_NAME);
        Files.writeString(file, TypeScriptDeclarations.text(), StandardCharsets.UTF_8);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + file);
        out.println("Use it: start a bot file with '// @ts-check' and put '/** @param {SimpleX.Bot} bot */' above "
                + "'export default function (bot)'.");
        out.flush();
        return SimplexBotCommand.EXIT_OK;
    }
}
