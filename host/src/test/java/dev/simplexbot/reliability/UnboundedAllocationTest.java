package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Community GraalJS cannot cap one context's heap. A script that allocates without end exhausts the shared heap;
 * the host closes that script (freeing what it held) and the others go on. Run in a child JVM with a small heap.
 */
class UnboundedAllocationTest {
    @TempDir
    Path temp;

    @Test
    void aScriptThatExhaustsTheHeapIsStoppedAndTheOthersKeepAnswering() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                AllocatorProcess.class.getName(), temp.toString())
                .redirectErrorStream(true)
                .start();
        String output;
        try {
            assertThat(child.waitFor(150, TimeUnit.SECONDS)).as("child finished").isTrue();
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            child.destroyForcibly();
        }
        System.out.println(output);
        List<String> steps = output.lines().filter(line -> !line.matches("^\\d\\d:\\d\\d:.*")).toList();
        assertThat(steps).as(output).contains("started", "sentinel answered");
        assertThat(steps).as(output).anySatisfy(line -> assertThat(line)
                .startsWith("stopped: script alloc-unbounded: handler for attack exhausted the host's resources"));
    }
}
