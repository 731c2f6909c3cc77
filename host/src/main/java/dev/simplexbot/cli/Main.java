package dev.simplexbot.cli;

/** Entry point of {@code java -jar simplex-bot.jar}. CONTRACT STUB: the picocli command tree replaces it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("simplex-bot: not implemented yet");
        System.exit(2);
    }
}
