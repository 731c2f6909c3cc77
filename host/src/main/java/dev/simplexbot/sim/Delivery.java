package dev.simplexbot.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands what the bot sends, edits and deletes to the simulated people in that chat, and to watchers. While the
 * simulated network is down it waits, and goes out in order once the network is back. Notes to self reach nobody.
 */
final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private final SimState state;
    private final List<Consumer<BotOutput>> watchers = new CopyOnWriteArrayList<>();

    Delivery(SimState state) {
        this.state = state;
    }

    void watch(Consumer<BotOutput> watcher) {
        watchers.add(watcher);
    }

    void sent(Entities.ChatItem item) {
        SimMessage message = message(item);
        deliver(item, () -> {
            recipients(item).forEach(person -> inboxOf(person, item).add(message));
            notifyWatchers(BotOutput.Change.SENT, item, message);
        });
    }

    void updated(Entities.ChatItem item) {
        SimMessage message = message(item);
        String text = item.text();
        deliver(item, () -> {
            recipients(item).forEach(person -> inboxOf(person, item).replace(item.itemId, m -> m.withText(text)));
            notifyWatchers(BotOutput.Change.UPDATED, item, message);
        });
    }

    void deleted(Entities.ChatItem item) {
        SimMessage message = message(item).asDeleted();
        deliver(item, () -> {
            recipients(item).forEach(person -> inboxOf(person, item).replace(item.itemId, SimMessage::asDeleted));
            notifyWatchers(BotOutput.Change.DELETED, item, message);
        });
    }

    private void deliver(Entities.ChatItem item, Runnable delivery) {
        if (item.chat.kind() == ChatKey.Kind.LOCAL) {
            return;
        }
        if (state.network.up()) {
            delivery.run();
        } else {
            state.network.hold(delivery);
        }
    }

    SimMessage message(Entities.ChatItem item) {
        Entities.ChatItem quoted = item.quotedItemId == null ? null : state.items.get(item.quotedItemId);
        SimFile file = item.file == null ? null : new SimFile(item.file.fileName, item.file.fileSize, item.file.source);
        String group = item.chat.kind() == ChatKey.Kind.GROUP ? state.groups.get(item.chat.id()).displayName() : null;
        return new SimMessage(item.itemId, item.text(), item.msgContent.path("type").asText("text"), item.quotedItemId,
                quoted == null ? null : quoted.text(), file, group, item.edited, item.deleted != null);
    }

    /** A group's inbox; but a business customer's chat with the bot is their business chat, so it is their direct inbox. */
    private Inbox inboxOf(SimPerson person, Entities.ChatItem item) {
        if (item.chat.kind() != ChatKey.Kind.GROUP) {
            return person.inbox(0);
        }
        Entities.Group group = state.groups.get(item.chat.id());
        return person.inbox(group != null && group.customer == person ? 0 : item.chat.id());
    }

    /** Who sees the bot's item: the contact (unless they deleted the bot), or the group's active members. */
    private List<SimPerson> recipients(Entities.ChatItem item) {
        if (item.chat.kind() == ChatKey.Kind.DIRECT) {
            Entities.Contact contact = state.contacts.get(item.chat.id());
            return contact == null || contact.deletedByContact ? List.of() : List.of(contact.person);
        }
        Entities.Group group = state.groups.get(item.chat.id());
        return group == null ? List.of() : group.currentMembers().stream()
                .filter(m -> m.person != null && m.active()).map(m -> m.person).toList();
    }

    private void notifyWatchers(BotOutput.Change change, Entities.ChatItem item, SimMessage message) {
        boolean group = item.chat.kind() == ChatKey.Kind.GROUP;
        Entities.Contact contact = group ? null : state.contacts.get(item.chat.id());
        String chat = group ? message.group() : contact == null ? "" : contact.person.name();
        BotOutput output = new BotOutput(change, chat, group, message);
        for (Consumer<BotOutput> watcher : watchers) {
            try {
                watcher.accept(output);
            } catch (RuntimeException e) {
                log.warn("bot output watcher failed", e);
            }
        }
    }
}
