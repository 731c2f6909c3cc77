package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class FileBotTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("file-bot.js");

    @TempDir
    Path tmp;

    @Test
    void repliesWithNameSizeAndSha256AndSendsTheFileBack() throws Exception {
        byte[] bytes = new byte[100_000];
        new java.util.Random(8).nextBytes(bytes);
        Path report = Files.write(tmp.resolve("report.bin"), bytes);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");

        alice.sendFile(report, "");
        alice.expectMessage("report.bin\nsize: 100000 bytes\nSHA-256: " + sha256);
        alice.send("/files");
        alice.expectMessage("Your files:\nreport.bin (100000 bytes)");
        alice.send("/get report.bin");
        SimMessage back = alice.nextMessage();

        assertThat(back.text()).isEqualTo("report.bin (SHA-256 " + sha256 + ")");
        assertThat(Files.readAllBytes(back.file().path())).isEqualTo(bytes);
        // received into the data directory's files area, and sent back from there
        Path kept = bot.harness().dataDir().resolve("files").resolve("report.bin");
        assertThat(Files.readAllBytes(kept)).isEqualTo(bytes);
        assertThat(bot.commandsSent()).anyMatch(line -> line.endsWith(" " + kept.getParent()) && line.startsWith("/freceive "))
                .anyMatch(line -> line.contains("\"filePath\":\"" + kept + "\""));
    }

    @Test
    void twoFilesOfTheSameNameAreKeptApart() throws Exception {
        TestPerson alice = bot.contact("alice");
        TestPerson bob = bot.contact("bob");
        alice.expectMessage("Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");
        bob.expectMessage("Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");
        alice.sendFile(Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("notes.txt"), "alice's"), "");
        alice.expectMessageMatching("notes.txt\nsize: 7 bytes\nSHA-256: [0-9a-f]{64}");
        bob.sendFile(Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("notes.txt"), "bob's"), "");
        bob.expectMessageMatching("notes.txt\nsize: 5 bytes\nSHA-256: [0-9a-f]{64}");

        alice.send("/get notes.txt");
        assertThat(Files.readString(alice.nextMessage().file().path())).isEqualTo("alice's");
        bob.send("/get notes.txt");
        assertThat(Files.readString(bob.nextMessage().file().path())).isEqualTo("bob's");
    }

    @Test
    void nobodyGetsAnotherPersonsFiles() throws Exception {
        TestPerson alice = bot.contact("alice");
        TestPerson bob = bot.contact("bob");
        alice.sendFile(Files.writeString(tmp.resolve("diary.txt"), "dear diary"), "");
        alice.expectMessage("Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");
        alice.expectMessageMatching("diary.txt\nsize: 10 bytes\nSHA-256: [0-9a-f]{64}");

        bob.expectMessage("Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");
        bob.send("/get diary.txt");
        bob.expectMessage("You have no file called diary.txt. /files lists your files.");
        bob.send("/files");
        bob.expectMessage("You have not sent me any files yet.");
    }
}
