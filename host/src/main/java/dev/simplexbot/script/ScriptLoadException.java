package dev.simplexbot.script;

/** A script version that did not start; the message is one line: {@code file:line:column: error}. */
final class ScriptLoadException extends Exception {
    ScriptLoadException(String message) {
        super(message, null, false, false);
    }
}
