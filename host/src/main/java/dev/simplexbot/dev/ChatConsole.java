package dev.simplexbot.dev;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimActions;
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
    /** Each person's messages per chat ("" for direct, else the group name), oldest first: for /edit, /delete, /sim. */
    private final Map<String, List<Long>> sent = new LinkedHashMap<>();
    private final ActionLine actionLine;
    private volatile SimPerson you;
    private String group;

    public ChatConsole(Simulator simulator, ConsoleOutput output) {
        this(simulator, output, new WebhookCaller(java.util.Optional.empty(), List::of));
    }

    public ChatConsole(Simulator simulator, ConsoleOutput output, WebhookCaller webhooks) {
        this.simulator = simulator;
        this.output = output;
        this.actionLine = new ActionLine(simulator.actions());
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
        } catch (RuntimeException e) {
            // Whatever else a line makes go wrong (a file that cannot be read, ...) is said, and the console goes on.
            output.error(e.getMessage() == null ? e.toString() : e.getMessage());
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
        } else if (input instanceof ConsoleInput.Simulate simulate) {
            simulate(simulate.line());
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
            connectIfNeeded();
            remember("", you.send(text));
        } else {
            remember(groupName, you.sendToGroup(group(groupName), text));
        }
    }

    private void remember(String chat, long itemId) {
        sent.computeIfAbsent(key(chat), k -> new ArrayList<>()).add(itemId);
    }

    /** The standalone simulator starts before any bot: a person connects with their first message once one is there. */
    private void connectIfNeeded() {
        if (!you.isConnected()) {
            connect(you);
        }
    }

    private void connect(SimPerson person) {
        ConnectResult result = person.connectToBot();
        output.notice(result == ConnectResult.CONNECTED
                ? "you are " + person.name() + ", connected to " + botName()
                : "you are " + person.name() + "; your contact request waits for " + botName() + " to accept it");
    }

    private void switchTo(String name) {
        SimPerson person = people.computeIfAbsent(name, simulator::person);
        you = person;
        if (group != null && groupMembers.containsKey(group) && !groupMembers.get(group).contains(name)) {
            group = null;
        }
        if (person.isConnected()) {
            output.notice("you are " + name + " now");
            return;
        }
        if (!hasBot()) {
            output.notice("you are " + name + "; no bot is connected yet: your first message connects you to it");
            return;
        }
        connect(person);
    }

    /** Whether the simulated CLI has a user yet (a bot that connected, or the one dev starts with). */
    private boolean hasBot() {
        return !simulator.execute("ShowActiveUser", null).responseType().equals("chatCmdError");
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
        if (groupMembers.containsKey(groupName) && !groupMembers.get(groupName).contains(you.name())) {
            throw new IllegalArgumentException(you.name() + " is not in #" + groupName);
        }
        group = groupName;
        output.notice("writing to #" + groupName);
    }

    /** A group made here, or any the bot is in (joined through a link, made with /sim create-group, ...). */
    private SimGroup group(String name) {
        SimGroup found = groups.get(name);
        if (found == null) {
            found = simulator.findGroup(name).orElseThrow(() ->
                    new IllegalArgumentException("no group #" + name + ": make one with /group " + name + " <person...>"));
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
        remember("", you.sendFile(file, caption));
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
        return ownItem(1);
    }

    /** Your {@code nth} last message where you write (1 = the last). */
    private long ownItem(int nth) {
        List<Long> mine = sent.getOrDefault(key(group == null ? "" : group), List.of());
        if (nth < 1 || mine.size() < nth) {
            throw new IllegalArgumentException(mine.isEmpty() ? "you have not sent anything here yet"
                    : "you have sent " + mine.size() + " message(s) here");
        }
        return mine.get(mine.size() - nth);
    }

    /** The bot's {@code nth} last message (not deleted) where you write. */
    private long botItem(int nth) {
        List<SimMessage> messages = (group == null ? you.messages() : you.groupMessages(group(group))).stream()
                .filter(m -> !m.deleted()).toList();
        if (nth < 1 || messages.size() < nth) {
            throw new IllegalArgumentException(messages.isEmpty() ? "the bot has not sent you anything here yet"
                    : "the bot has sent " + messages.size() + " message(s) here");
        }
        return messages.get(messages.size() - nth).itemId();
    }

    /** {@code /sim}: lists the actions, explains one, or runs one as you, where you write. */
    private void simulate(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.equals("help")) {
            Map<String, String> words = new LinkedHashMap<>();
            for (SimActions.Action action : simulator.actions().all()) {
                words.put(ActionLine.usage(action), action.summary());
            }
            output.help(words);
            return;
        }
        if (text.startsWith("help ")) {
            SimActions.Action action = actionLine.action(text.substring(5).strip())
                    .orElseThrow(() -> new IllegalArgumentException("no simulator action '" + text.substring(5).strip() + "': /sim lists them"));
            Map<String, String> params = new LinkedHashMap<>();
            params.put(ActionLine.usage(action), action.summary() + (action.events().isEmpty() ? "" : " (" + String.join(", ", action.events()) + ")"));
            action.params().stream().filter(p -> !p.name().equals("person"))
                    .forEach(p -> params.put("  " + p.name(), p.help() + (p.optional() ? " (optional)" : "")));
            output.help(params);
            return;
        }
        ActionLine.Parsed parsed = actionLine.parse(text, new ActionLine.Context() {
            @Override
            public String you() {
                return you.name();
            }

            @Override
            public String group() {
                return group;
            }

            @Override
            public long botItem(int nth) {
                return ChatConsole.this.botItem(nth);
            }

            @Override
            public long ownItem(int nth) {
                return ChatConsole.this.ownItem(nth);
            }
        });
        JsonNode result = simulator.actions().run(parsed.action().name(), parsed.args(), Path.of("").toAbsolutePath());
        if (result.has("itemId") && parsed.args().path("person").asText().equals(you.name())) {
            remember(parsed.args().has("group") ? parsed.args().get("group").asText() : "", result.get("itemId").asLong());
        }
        output.notice(parsed.action().word() + ": done" + (result.isEmpty() ? "" : " " + result));
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
