package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated CLI's view of the network: whether its servers are reachable. While they are not, what people do
 * waits (the bot hears of it once the network is back) and so do the bot's messages to them. Guarded by the
 * {@link SimState} lock.
 */
final class SimNetwork {
    static final String SMP_SERVER = "smp://sim@localhost:5223";
    static final String XFTP_SERVER = "xftp://sim@localhost:5443";
    /** The servers a simulated CLI keeps connections to, with the protocol HostConnected names them by. */
    static final List<String[]> HOSTS = List.of(new String[] {"smp", "localhost:5223"}, new String[] {"xftp", "localhost:5443"});

    private boolean up = true;
    private final List<ObjectNode> heldEvents = new ArrayList<>();
    private final List<Runnable> heldDeliveries = new ArrayList<>();

    boolean up() {
        return up;
    }

    /** Changes the state; false when it already was that way. */
    boolean set(boolean nowUp) {
        if (up == nowUp) {
            return false;
        }
        up = nowUp;
        return true;
    }

    void hold(ObjectNode event) {
        heldEvents.add(event);
    }

    void hold(Runnable delivery) {
        heldDeliveries.add(delivery);
    }

    /** What waited for the network, in order; the lists are emptied. */
    List<ObjectNode> releaseEvents() {
        List<ObjectNode> events = List.copyOf(heldEvents);
        heldEvents.clear();
        return events;
    }

    List<Runnable> releaseDeliveries() {
        List<Runnable> deliveries = List.copyOf(heldDeliveries);
        heldDeliveries.clear();
        return deliveries;
    }
}
