package dev.simplexbot.cli;

import dev.simplexbot.api.TypeScriptDeclarations;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simplex-bot new NAME [DIR]}: a bot to start from, with a test that passes as written, the declarations and a
 * {@code jsconfig.json} so editors check every file of the folder. Never overwrites: the bot and its test must not
 * exist yet; an existing {@code simplex-bot.d.ts} or {@code jsconfig.json} (a folder of several bots) is kept.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {
            "Writes a new bot NAME.js and its test NAME.test.js into DIR (default: a new folder NAME), with simplex-bot.d.ts "
                    + "and jsconfig.json so editors complete and type-check the folder's files.",
            "Then: simplex-bot test DIR runs the test; simplex-bot dev DIR/NAME.js chats with the bot."
        })
final class NewCommand implements Callable<Integer> {
    /** Letters, digits, - and _; not starting with _ (not a bot by the folder rule) and without dots (x.test.js is a test). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final String PLACEHOLDER = "__NAME__";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The bot's name: letters, digits, - and _ (e.g. echo-bot).")
    String name;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "Where to write the files (default: ./NAME).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String bot = name.endsWith(".js") ? name.substring(0, name.length() - 3) : name;
        if (!NAME.matcher(bot).matches()) {
            err.println("simplex-bot new: bad bot name '" + name + "': use up to 64 letters, digits, - and _, starting with a"
                    + " letter or digit (e.g. echo-bot)");
            err.flush();
            return SimplexBotCommand.EXIT_USAGE;
        }
        Path target = dir == null ? Path.of(bot) : dir;
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.println("simplex-bot new: not a folder: " + target);
            err.flush();
            return SimplexBotCommand.EXIT_USAGE;
        }
        Map<Path, String> own = new LinkedHashMap<>();
        own.put(target.resolve(bot + ".js"), template("bot.js", bot));
        own.put(target.resolve(bot + ".test.js"), template("bot.test.js", bot));
        List<Path> taken = own.keySet().stream().filter(Files::exists).toList();
        if (!taken.isEmpty()) {
            err.println("simplex-bot new: " + taken.get(0) + " already exists; nothing written (choose another name or folder)");
            err.flush();
            return SimplexBotCommand.EXIT_FAILURE;
        }
        Map<Path, String> shared = new LinkedHashMap<>();
        shared.put(target.resolve(TypeScriptDeclarations.FILE_NAME), TypeScriptDeclarations.text());
        shared.put(target.resolve("jsconfig.json"), template("jsconfig.json", bot));
        Files.createDirectories(target);
        PrintWriter out = spec.commandLine().getOut();
        List<Path> kept = new ArrayList<>();
        for (Map.Entry<Path, String> file : own.entrySet()) {
            write(file.getKey(), file.getValue(), out);
        }
        for (Map.Entry<Path, String> file : shared.entrySet()) {
            if (Files.exists(file.getKey())) {
                kept.add(file.getKey());
            } else {
                write(file.getKey(), file.getValue(), out);
            }
        }
        kept.forEach(file -> out.println("kept   " + file + " (already there"
                + (file.endsWith(TypeScriptDeclarations.FILE_NAME) ? "; simplex-bot types " + target + " refreshes it)" : ")")));
        out.println();
        out.println("Run its test:    simplex-bot test " + target);
        out.println("Chat with it:    simplex-bot dev " + target.resolve(bot + ".js"));
        out.flush();
        return SimplexBotCommand.EXIT_OK;
    }

    private static void write(Path file, String text, PrintWriter out) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
        out.println("created " + file);
    }

    private static String template(String resource, String bot) {
        try (InputStream in = NewCommand.class.getResourceAsStream("new/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("template new/" + resource + " missing from the simplex-bot jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(PLACEHOLDER, bot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
