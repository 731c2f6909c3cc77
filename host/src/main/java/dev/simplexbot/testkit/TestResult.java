package dev.simplexbot.testkit;

import java.time.Duration;

/**
 * One JS test's outcome.
 *
 * @param message why it failed; {@code null} when it passed or was skipped
 * @param site {@code file:line:column} of the failing call in the test file, when known
 */
public record TestResult(String file, String name, Status status, Duration duration, String message, String site) {
    public enum Status { PASSED, FAILED, SKIPPED }

    static TestResult passed(String file, String name, Duration duration) {
        return new TestResult(file, name, Status.PASSED, duration, null, null);
    }

    static TestResult failed(String file, String name, Duration duration, String message, String site) {
        return new TestResult(file, name, Status.FAILED, duration, message, site);
    }

    static TestResult skipped(String file, String name) {
        return new TestResult(file, name, Status.SKIPPED, Duration.ZERO, null, null);
    }

    /** The line the runner prints: {@code ✓ squares (120 ms)} or {@code ✗ squares: why (file:line:column)}. */
    public String line() {
        return switch (status) {
            case PASSED -> "✓ " + name + " (" + duration.toMillis() + " ms)";
            case SKIPPED -> "- " + name + " (skipped)";
            case FAILED -> "✗ " + name + ": " + message + (site == null ? "" : " (" + site + ")");
        };
    }
}
