package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.TypeScriptDeclarations;
import dev.simplexbot.testkit.JsTestRunner;
import dev.simplexbot.testkit.TestRunOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code simplex-bot new}: the files it writes, that the test it writes passes, and what it refuses. */
class NewCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int execute(String... args) {
        CommandLine cli = SimplexBotCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesABotItsTestTheDeclarationsAndAJsconfigAndTheTestPassesAsWritten() throws Exception {
        Path target = dir.resolve("bots");

        assertThat(execute("new", "echo-bot", target.toString())).isZero();

        assertThat(Files.readString(target.resolve("echo-bot.js"))).contains("displayName: 'echo-bot'", "export default function (bot)")
                .doesNotContain("__NAME__");
        assertThat(Files.readString(target.resolve("echo-bot.test.js"))).contains("test('welcomes a new contact'");
        assertThat(Files.readString(target.resolve("simplex-bot.d.ts"))).isEqualTo(TypeScriptDeclarations.text());
        assertThat(Files.readString(target.resolve("jsconfig.json"))).contains("\"checkJs\": true", "\"simplex-bot.d.ts\"");
        assertThat(out.toString()).contains("created " + target.resolve("echo-bot.js"), "simplex-bot test " + target);
        StringWriter results = new StringWriter();
        JsTestRunner.Summary summary = new JsTestRunner(TestRunOptions.defaults(), new PrintWriter(results)).run(target);
        assertThat(summary.failed()).as(results.toString()).isZero();
        assertThat(summary.passed()).isEqualTo(3);
    }

    @Test
    void aTrailingJsNamesTheFileNotTheBot() throws Exception {
        assertThat(execute("new", "greeter.js", dir.toString())).isZero();
        assertThat(dir.resolve("greeter.js")).exists();
        assertThat(Files.readString(dir.resolve("greeter.js"))).contains("displayName: 'greeter'");
    }

    @Test
    void refusesToOverwriteAndKeepsSharedFilesForASecondBot() throws Exception {
        assertThat(execute("new", "first", dir.toString())).isZero();
        Files.writeString(dir.resolve("first.js"), "// mine");
        Files.writeString(dir.resolve("jsconfig.json"), "{ \"mine\": true }");
        out.getBuffer().setLength(0);

        assertThat(execute("new", "first", dir.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("simplex-bot new: " + dir.resolve("first.js")
                + " already exists; nothing written (choose another name or folder)");
        assertThat(Files.readString(dir.resolve("first.js"))).isEqualTo("// mine");

        assertThat(execute("new", "second", dir.toString())).isZero();
        assertThat(dir.resolve("second.test.js")).exists();
        assertThat(Files.readString(dir.resolve("jsconfig.json"))).isEqualTo("{ \"mine\": true }");
        assertThat(out.toString()).contains("kept   " + dir.resolve("jsconfig.json"), "kept   " + dir.resolve("simplex-bot.d.ts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "_hidden", "x.test", "", "-dash", "ünïcode", "../escape", "a/b"})
    void aBadNameExitsWithTwoAndOneLine(String name) {
        assertThat(execute("new", name, dir.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).first().asString()
                .startsWith("simplex-bot new: bad bot name '" + name + "': use up to 64 letters, digits, - and _");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aFileAsTheFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertThat(execute("new", "bot", file.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("simplex-bot new: not a folder: " + file);
    }
}
