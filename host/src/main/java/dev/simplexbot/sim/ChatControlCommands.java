package dev.simplexbot.sim;

/** Chat management: StartChat and APIStopChat. */
final class ChatControlCommands {
    private final SimState state;

    ChatControlCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("StartChat", p -> {
            boolean wasRunning = state.chatRunning;
            state.chatRunning = true;
            return CommandResult.of(SimJson.typed(wasRunning ? "chatRunning" : "chatStarted"));
        });
        dispatcher.register("APIStopChat", p -> {
            state.chatRunning = false;
            return CommandResult.of(SimJson.typed("chatStopped"));
        });
    }
}
