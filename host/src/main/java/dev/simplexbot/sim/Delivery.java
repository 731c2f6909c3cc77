package dev.simplexbot.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands what the bot sends, edits and deletes to the simulated people in that chat, and to watchers. */
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
        recipients(item).forEach(person -> person.inbox(item.chat.kind() == ChatKey.Kind.GROUP ? item.chat.id() : 0).add(message));
        notifyWatchers(BotOutput.Change.SENT, item, message);
    }

    void updated(Entities.ChatItem item) {
        SimMessage message = message(item);
        recipients(item).forEach(person -> inboxOf(person, item).replace(item.itemId, m -> m.withText(item.text())));
        notifyWatchers(BotOutput.Change.UPDATED, item, message);
    }

    void deleted(Entities.ChatItem item) {
        SimMessage message = message(item).asDeleted();
        recipients(item).forEach(person -> inboxOf(person, item).replace(item.itemId, SimMessage::asDeleted));
        notifyWatchers(BotOutput.Change.DELETED, item, message);
    }

    SimMessage message(Entities.ChatItem item) {
        Entities.ChatItem quoted = item.quotedItemId == null ? null : state.items.get(item.quotedItemId);
        SimFile file = item.file == null ? null : new SimFile(item.file.fileName, item.file.fileSize, item.file.source);
        String group = item.chat.kind() == ChatKey.Kind.GROUP ? state.groups.get(item.chat.id()).displayName() : null;
        return new SimMessage(item.itemId, item.text(), item.msgContent.path("type").asText("text"), item.quotedItemId,
                quoted == null ? null : quoted.text(), file, group, item.edited, item.deleted != null);
    }

    private static Inbox inboxOf(SimPerson person, Entities.ChatItem item) {
        return person.inbox(item.chat.kind() == ChatKey.Kind.GROUP ? item.chat.id() : 0);
    }

    private List<SimPerson> recipients(Entities.ChatItem item) {
        if (item.chat.kind() == ChatKey.Kind.DIRECT) {
            return List.of(state.contacts.get(item.chat.id()).person);
        }
        return state.groups.get(item.chat.id()).currentMembers().stream()
                .filter(m -> m.person != null && m.active()).map(m -> m.person).toList();
    }

    private void notifyWatchers(BotOutput.Change change, Entities.ChatItem item, SimMessage message) {
        boolean group = item.chat.kind() == ChatKey.Kind.GROUP;
        String chat = group ? message.group() : state.contacts.get(item.chat.id()).person.name();
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
