package dev.simplexbot.testkit;

import dev.simplexbot.sim.SimControls;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.Simulator;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: a fresh simulator and bot for every test, closed after it. Register it as a field and use it directly,
 * or take a {@link BotHarness} parameter:
 *
 * <pre>{@code
 * @RegisterExtension
 * static SimplexBotExtension bot = SimplexBotExtension.forScript("squaring.js");
 *
 * @Test
 * void squares() {
 *     TestPerson alice = bot.contact("alice");
 *     alice.send("4");
 *     alice.expectMessage("4 * 4 = 16");
 * }
 * }</pre>
 */
public final class SimplexBotExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private final Path script;
    private final UnaryOperator<BotHarness.Builder> options;
    private BotHarness harness;

    private SimplexBotExtension(Path script, UnaryOperator<BotHarness.Builder> options) {
        this.script = script;
        this.options = options;
    }

    /** The bot at {@code path}, relative to the working directory (the module's folder under Maven). */
    public static SimplexBotExtension forScript(String path) {
        return forScript(Path.of(path));
    }

    public static SimplexBotExtension forScript(Path path) {
        return new SimplexBotExtension(path, UnaryOperator.identity());
    }

    /** The same bot with harness options, e.g. {@code b -> b.withoutBotUser().messageTimeout(Duration.ofSeconds(2))}. */
    public SimplexBotExtension with(UnaryOperator<BotHarness.Builder> moreOptions) {
        return new SimplexBotExtension(script, builder -> moreOptions.apply(options.apply(builder)));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        harness = options.apply(BotHarness.builder(script)).start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BotHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return harness();
    }

    /** The running test's harness. */
    public BotHarness harness() {
        if (harness == null) {
            throw new IllegalStateException("the bot runs only during a test (SimplexBotExtension starts it before each test)");
        }
        return harness;
    }

    public TestPerson contact(String name) {
        return harness().contact(name);
    }

    /** A person who exists but has not connected to the bot. */
    public TestPerson person(String name) {
        return harness().person(name);
    }

    public SimGroup group(String name, TestPerson owner, TestPerson... members) {
        return harness().group(name, owner, members);
    }

    /** What no person does: network, subscriptions, delivery and file failures, errors. */
    public SimControls controls() {
        return harness().controls();
    }

    public void awaitIdle() {
        harness().awaitIdle();
    }

    public List<String> commandsSent() {
        return harness().commandsSent();
    }

    public void restartBot() {
        harness().restartBot();
    }

    public Simulator simulator() {
        return harness().simulator();
    }
}
