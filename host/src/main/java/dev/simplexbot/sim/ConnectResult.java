package dev.simplexbot.sim;

/** How a simulated person's connection request ended. */
public enum ConnectResult {
    /** The bot accepted (auto-accept, or the address was not needed): they can chat. */
    CONNECTED,
    /** The bot got {@code receivedContactRequest} and has not accepted yet. */
    PENDING
}
