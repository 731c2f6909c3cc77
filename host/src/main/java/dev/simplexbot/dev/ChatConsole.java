package dev.simplexbot.dev;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The chat side of the dev console: acts as one simulated person at a time, in a direct chat with the bot or
 * in a group, and shows what the bot sends. Lines come from one reader thread; the bot's messages are handed
 * off from the simulator (which calls under its lock) to the console's own output thread.
 */
public final class ChatConsole implements AutoCloseable {
    private final Simulator simulator;
    private final ConsoleOutput output;
    private final WebhookCaller webhooks;
    private final ExecutorService printer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dev-console-output");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, SimPerson> people = new LinkedHashMap<>();
    private final Map<String, SimGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<String>> groupMembers = new LinkedHashMap<>();
    /** Each person's last message per chat ("" for direct, else the group name), for /edit and /delete. */
    private final Map<String, Long> lastSent = new LinkedHashMap<>();
    private volatile SimPerson you;
    private String group;

    public ChatConsole(Simulator simulator, ConsoleOutput output) {
        this(simulator, output, new WebhookCaller(java.util.Optional.empty(), List::of));
    }

    public ChatConsole(Simulator simulator, ConsoleOutput output, WebhookCaller webhooks) {
        this.simulator = simulator;
        this.output = output;
        this.webhooks = webhooks;
        simulator.onBotMessage(message -> {
            String current = you == null ? "" : you.name();
            if (!printer.isShutdown()) {
                printer.execute(() -> output.bot(botName(), message, current));
            }
        });
    }

    /** Becomes {@code name} and connects them to the bot. */
    public void enterAs(String name) {
        switchTo(name);
    }

    /** Who you are and where plain lines go, for the prompt: {@code you} or {@code you #team}. */
    public String where() {
        String name = you == null ? "" : you.name();
        return group == null ? name : name + " #" + group;
    }

    public String botName() {
        JsonNode user = simulator.execute("ShowActiveUser", null).response().path("user");
        return user.path("profile").path("displayName").asText("bot");
    }

    /** Runs one line; {@code false} when the user asked to quit. */
    public boolean handle(ConsoleInput input) {
        try {
            return apply(input);
        } catch (IllegalArgumentException | IllegalStateException e) {
            output.error(e.getMessage());
            return true;
        }
    }

    private boolean apply(ConsoleInput input) {
        // Java 17 has no pattern matching for switch; the sealed interface keeps this list complete.
        if (input instanceof ConsoleInput.Say say) {
            say(say.text(), say.group() == null ? group : say.group());
        } else if (input instanceof ConsoleInput.Help) {
            output.help(ConsoleInputParser.WORDS);
            say("/help", group);
        } else if (input instanceof ConsoleInput.SwitchPerson switchPerson) {
            switchTo(switchPerson.name());
        } else if (input instanceof ConsoleInput.CreateGroup create) {
            createGroup(create.name(), create.members());
        } else if (input instanceof ConsoleInput.Target target) {
            retarget(target.group());
        } else if (input instanceof ConsoleInput.SendFile file) {
            sendFile(Path.of(file.path()), file.caption());
        } else if (input instanceof ConsoleInput.React react) {
            react(react.emoji(), react.nthLast());
        } else if (input instanceof ConsoleInput.Edit edit) {
            you.update(lastSentItem(), edit.text());
        } else if (input instanceof ConsoleInput.Delete) {
            you.delete(lastSentItem());
        } else if (input instanceof ConsoleInput.People) {
            listPeople();
        } else if (input instanceof ConsoleInput.Http http) {
            output.notice(webhooks.call(http));
        } else if (input instanceof ConsoleInput.Usage usage) {
            output.error(usage.message());
        } else if (input instanceof ConsoleInput.Quit) {
            return false;
        }
        return true;
    }

    private void say(String text, String groupName) {
        if (groupName == null) {
            lastSent.put(key(""), you.send(text));
        } else {
            lastSent.put(key(groupName), you.sendToGroup(group(groupName), text));
        }
    }

    private void switchTo(String name) {
        SimPerson person = people.computeIfAbsent(name, simulator::person);
        you = person;
        if (group != null && !groupMembers.get(group).contains(name)) {
            group = null;
        }
        if (person.isConnected()) {
            output.notice("you are " + name + " now");
            return;
        }
        ConnectResult result = person.connectToBot();
        output.notice(result == ConnectResult.CONNECTED
                ? "you are " + name + ", connected to " + botName()
                : "you are " + name + "; your contact request waits for " + botName() + " to accept it");
    }

    private void createGroup(String name, List<String> memberNames) {
        if (groups.containsKey(name) || simulator.findGroup(name).isPresent()) {
            throw new IllegalArgumentException("there is a group #" + name + " already: write there with /to #" + name);
        }
        if (memberNames.contains(you.name())) {
            throw new IllegalArgumentException("you (" + you.name() + ") are in the group already; list the others");
        }
        SimPerson[] members = memberNames.stream().distinct().map(n -> people.computeIfAbsent(n, simulator::person))
                .toArray(SimPerson[]::new);
        SimGroup created = simulator.group(name, you, members);
        groups.put(name, created);
        List<String> everyone = new ArrayList<>();
        everyone.add(you.name());
        everyone.addAll(memberNames.stream().distinct().toList());
        groupMembers.put(name, everyone);
        group = name;
        output.notice("group #" + name + ": " + String.join(", ", everyone) + " and " + botName()
                + "; your lines go there now (/to @bot for the direct chat)");
    }

    private void retarget(String groupName) {
        if (groupName == null) {
            group = null;
            output.notice("writing to " + botName() + " directly");
            return;
        }
        group(groupName);
        if (!groupMembers.get(groupName).contains(you.name())) {
            throw new IllegalArgumentException(you.name() + " is not in #" + groupName);
        }
        group = groupName;
        output.notice("writing to #" + groupName);
    }

    private SimGroup group(String name) {
        SimGroup found = groups.get(name);
        if (found == null) {
            throw new IllegalArgumentException("no group #" + name + ": make one with /group " + name + " <person...>");
        }
        return found;
    }

    private void sendFile(Path file, String caption) {
        if (group != null) {
            throw new IllegalArgumentException("files go to the bot directly: /to @bot first");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file.toAbsolutePath());
        }
        lastSent.put(key(""), you.sendFile(file, caption));
        output.notice("sent " + file.getFileName());
    }

    private void react(String emoji, int nthLast) {
        List<SimMessage> messages = (group == null ? you.messages() : you.groupMessages(group(group))).stream()
                .filter(m -> !m.deleted()).toList();
        if (messages.size() < nthLast) {
            throw new IllegalArgumentException(messages.isEmpty()
                    ? "the bot has not sent you anything here yet"
                    : "the bot has sent " + messages.size() + " message(s) here; /react " + emoji + " " + messages.size() + " is the oldest");
        }
        SimMessage target = messages.get(messages.size() - nthLast);
        you.react(target.itemId(), emoji, true);
        output.notice("you reacted " + emoji + " to \"" + abbreviate(target.text()) + "\"");
    }

    private long lastSentItem() {
        Long item = lastSent.get(key(group == null ? "" : group));
        if (item == null) {
            throw new IllegalArgumentException("you have not sent anything here yet");
        }
        return item;
    }

    private void listPeople() {
        List<String> others = people.keySet().stream().filter(n -> !n.equals(you.name())).toList();
        output.notice("you are " + you.name() + (others.isEmpty() ? "" : "; also here: " + String.join(", ", others)));
        groupMembers.forEach((name, members) -> output.notice("#" + name + ": " + String.join(", ", members) + " and " + botName()));
    }

    private String key(String chat) {
        return you.name() + "\u0000" + chat;
    }

    /** Waits until every bot message handed to the output so far is shown. */
    public void flush() throws InterruptedException {
        try {
            printer.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        printer.shutdown();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }
}
