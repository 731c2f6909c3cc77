package dev.simplexbot.script;

/**
 * What waits in the host for one script, for logs and metrics: its events not yet handed to it (with their size and
 * how long events waited) and its commands not yet answered by the CLI.
 */
public record ScriptQueues(String script, int eventsWaiting, long eventBytes, long eventsHandedOver,
        long eventWaitMillisTotal, long eventWaitMillisMax, long eventsDropped, int commandsWaiting) {

    static ScriptQueues of(String script, EventInbox.Stats events, int commandsWaiting) {
        return new ScriptQueues(script, events.waiting(), events.bytes(), events.taken(), events.waitedMillisTotal(),
                events.waitedMillisMax(), events.dropped(), commandsWaiting);
    }
}
