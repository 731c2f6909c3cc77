package dev.simplexbot.testkit;

import dev.simplexbot.script.JsEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the JS tests of a file or folder: one line per test as it finishes, then {@code N passed, N failed}.
 * All test files share one GraalJS engine; every test gets its own simulator and bot.
 */
public final class JsTestRunner {
    private final TestRunOptions options;
    private final PrintWriter out;

    public JsTestRunner(TestRunOptions options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /**
     * @return the results, in run order
     * @throws IllegalArgumentException when {@code path} is not a folder or a {@code *.test.js} file
     * @throws IOException when the folder cannot be listed
     */
    public Summary run(Path path) throws IOException {
        List<Path> files = TestFiles.find(path);
        List<TestResult> results = new ArrayList<>();
        JsEngine engine = JsEngine.shared();
        for (Path file : files) {
            results.addAll(new JsTestFile(file, display(file), options).run(engine, result -> {
                out.println(result.line());
                out.flush();
            }));
        }
        Summary summary = new Summary(results);
        out.println(summary.line());
        out.flush();
        return summary;
    }

    /** The path as the user would type it: relative to the working folder when inside it. */
    private static String display(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** All results of a run. */
    public record Summary(List<TestResult> results) {
        public Summary {
            results = List.copyOf(results);
        }

        public long passed() {
            return count(TestResult.Status.PASSED);
        }

        public long failed() {
            return count(TestResult.Status.FAILED);
        }

        /** Exactly {@code N passed, N failed}: CI reads this line. */
        public String line() {
            return passed() + " passed, " + failed() + " failed";
        }

        private long count(TestResult.Status status) {
            return results.stream().filter(r -> r.status() == status).count();
        }
    }
}
