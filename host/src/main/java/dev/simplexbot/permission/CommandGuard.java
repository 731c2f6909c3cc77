package dev.simplexbot.permission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandParseException;
import dev.simplexbot.api.CommandParser;
import dev.simplexbot.api.CommandSpec;
import dev.simplexbot.api.FilePaths;
import dev.simplexbot.api.NearestCommand;
import dev.simplexbot.api.ParsedCommand;
import java.util.List;
import java.util.Optional;

/**
 * Checks a script's command before it is sent: every file path in it must be allowed by the {@link FileRules}
 * (the spec says where paths are: {@link FilePaths}), and a raw line must be a documented command unless
 * {@code --allow-raw} was given. A raw line is read with the spec's parser, so a documented command sent raw gets
 * the same checks as its {@code bot.chat} method. Thread-safe.
 */
public final class CommandGuard {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the shipped spec tells about paths and command lines, derived once. */
    private static final class Spec {
        static final ApiSpec API = ApiSpec.load();
        static final FilePaths PATHS = FilePaths.of(API);
        static final CommandParser PARSER = new CommandParser(API);
        static final NearestCommand NEAREST = new NearestCommand(API);
    }

    private final FileRules rules;
    private final boolean allowRaw;

    public CommandGuard(FileRules rules, boolean allowRaw) {
        this.rules = rules;
        this.allowRaw = allowRaw;
    }

    /** A {@code bot.chat.<method>(params)} call whose parameters already rendered (so they are valid). */
    public Optional<PermissionDenied> checkCall(String method, String paramsJson) {
        if (!Spec.PATHS.carriesPaths(method) || paramsJson == null || !mayHoldPath(paramsJson)) {
            return Optional.empty();
        }
        JsonNode params;
        try {
            params = JSON.readTree(paramsJson);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // cannot happen once rendered; rendering refused anything that is not JSON
        }
        return checkPaths(method, method + ": ", method, params);
    }

    /**
     * A {@code bot.chat.raw(line)} line (one line, not blank). {@code --allow-raw} lets lines outside the docs
     * through, except one that starts like a documented command carrying paths ({@code /_send }, {@code /freceive })
     * yet does not match its syntax: the CLI may still read it as that command ({@code live=off}, a key given
     * twice), with a path the host could not find. Such a line is refused with or without the flag.
     */
    public Optional<PermissionDenied> checkRaw(String line) {
        List<CommandSpec> candidates = Spec.PARSER.candidates(line);
        Optional<CommandSpec> carryingPaths = candidates.stream().filter(c -> Spec.PATHS.carriesPaths(c.method())).findFirst();
        if (allowRaw && carryingPaths.isEmpty()) {
            return Optional.empty(); // allowed, documented or not, and no path to look for: no need to parse it
        }
        ParsedCommand parsed;
        try {
            parsed = candidates.isEmpty() ? null : Spec.PARSER.parse(line);
        } catch (CommandParseException e) {
            parsed = null;
        }
        if (parsed == null) {
            return Optional.of(carryingPaths.isPresent() ? malformed(line, carryingPaths.get()) : undocumented(line));
        }
        String method = parsed.command().method();
        return checkPaths("raw", "bot.chat.raw: " + method + ": ", method, parsed.params());
    }

    private Optional<PermissionDenied> checkPaths(String command, String prefix, String method, JsonNode params) {
        for (FilePaths.Found found : Spec.PATHS.find(method, params)) {
            if (rules.check(found.path(), found.access()) instanceof PathCheck.Refused refused) {
                String parameter = command.equals("raw") ? null : found.parameter();
                return Optional.of(new PermissionDenied(command, parameter, found.path(), refused.flag(),
                        prefix + found.location() + ": " + refused.reason()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text can hold a path at all: the name a path sits under ({@code filePath}) appears in it, or a
     * backslash, through which JSON could spell that name with escapes. Most messages carry no file, and this
     * spares parsing their parameters a second time.
     */
    private static boolean mayHoldPath(String paramsJson) {
        if (paramsJson.indexOf('\\') >= 0) {
            return true;
        }
        for (String name : Spec.PATHS.pathNames()) {
            if (paramsJson.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static PermissionDenied undocumented(String line) {
        // Only the first word: the rest of a raw line may be message text, which is kept out of logs.
        String word = firstWord(line);
        String nearest = Spec.NEAREST.to(line).map(CommandGuard::nearestHint).orElse("");
        return new PermissionDenied("raw", null, null, "--allow-raw",
                "bot.chat.raw: '" + word + (word.length() < line.strip().length() ? " ..." : "")
                        + "' is not a documented command; commands outside the docs can change the CLI's files, "
                        + "database and settings, so they need --allow-raw (run simplex-bot with --allow-raw to send them)"
                        + nearest);
    }

    private static PermissionDenied malformed(String line, CommandSpec command) {
        return new PermissionDenied("raw", null, null, null, "bot.chat.raw: '" + firstWord(line) + " ...' starts like "
                + command.method() + ", whose file paths are checked, but does not match its documented syntax, so its paths "
                + "cannot be found; --allow-raw does not cover it. Use bot.chat." + command.method() + "(" + paramsHint(command)
                + "), whose line is " + command.syntax());
    }

    private static String firstWord(String line) {
        return line.strip().split("\\s+", 2)[0];
    }

    private static String nearestHint(CommandSpec command) {
        return ". The nearest documented command is bot.chat." + command.method() + "(" + paramsHint(command)
                + "), whose line is " + command.syntax() + ": use it, or check the line against that syntax";
    }

    private static String paramsHint(CommandSpec command) {
        return command.params().isEmpty() ? "" : "{ " + String.join(", ", command.params().stream().map(p -> p.name()).toList()) + " }";
    }
}
