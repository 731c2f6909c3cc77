package dev.simplexbot.cli;

/** Entry point of {@code java -jar simplex-bot.jar}. Exit codes: 0 clean stop, 1 runtime failure, 2 usage error. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(SimplexBotCommand.commandLine().execute(args));
    }
}
