package dev.simplexbot.api;

import java.util.List;
import java.util.Optional;

/**
 * The SimpleX Chat bot API as data, loaded from the spec resource.
 * CONTRACT STUB (replaced by the api-bindings implementation).
 */
public final class ApiSpec {
    /** The spec shipped in this jar (cached). */
    public static ApiSpec load() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<CommandSpec> commands() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** By JS method name ({@code apiSendMessages}) or docs name ({@code APISendMessages}). */
    public Optional<CommandSpec> command(String methodOrName) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public List<EventSpec> events() {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
