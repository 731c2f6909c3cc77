package dev.simplexbot.script;

import java.util.List;

/** What {@link ScriptRuntime#start} found: the bots now running and the ones that failed to start. */
public record StartReport(List<String> loaded, List<ScriptFailure> failures) {
    public StartReport {
        loaded = List.copyOf(loaded);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return !failures.isEmpty();
    }
}
