package dev.simplexbot.bench;

/** A bot implementation the bench drives: connected to a simulator URL, stopped on close. */
interface BotUnderTest extends AutoCloseable {
    String label();

    /** Connects the bot to the simulated CLI at {@code url}; returns once it is ready to receive events. */
    void start(String url) throws Exception;

    @Override
    void close() throws Exception;
}
