package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The simulated SimpleX CLI without its WebSocket: state, the 47 commands, events and simulated people.
 * {@link SimServer} puts it on the wire; the dev console and test kit drive people through it.
 */
public final class Simulator implements AutoCloseable {
    /** Events kept while no client is connected. */
    public static final int DEFAULT_BACKLOG = 100_000;

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final SimState state;
    private final EventRelay events;
    private final Delivery delivery;
    private final CommandDispatcher dispatcher;
    private final PeopleActions people;
    private final SimControls controls;
    private final TimedItems timed;
    private final UserCommands userCommands;
    private final SimActions actions;

    private Simulator(Path dataDir, boolean ownsDataDir, int backlog) {
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.state = new SimState(dataDir.resolve("xftp"), dataDir.resolve("received"));
        this.events = new EventRelay(backlog);
        this.delivery = new Delivery(state);
        this.dispatcher = new CommandDispatcher(state);
        this.timed = new TimedItems(state, events, delivery);
        FileReception reception = new FileReception(state);
        GroupActions groups = new GroupActions(state, events, delivery);
        ContactActions contacts = new ContactActions(state, events, delivery, groups);
        this.people = new PeopleActions(contacts, new MessageActions(state, events, delivery, contacts, timed, reception), groups);
        this.controls = new SimControls(state, events, delivery);
        this.userCommands = new UserCommands(state);
        this.actions = new SimActions(this);
        userCommands.registerWith(dispatcher);
        new ChatControlCommands(state).registerWith(dispatcher);
        new AddressCommands(state).registerWith(dispatcher);
        new MessageCommands(state, delivery, timed).registerWith(dispatcher);
        new FileCommands(state, reception).registerWith(dispatcher);
        new GroupCommands(state).registerWith(dispatcher);
        new GroupLinkCommands(state).registerWith(dispatcher);
        new ConnectionCommands(state).registerWith(dispatcher);
        new ChatCommands(state).registerWith(dispatcher);
    }

    /** A fresh simulator with no user, storing files in a new temporary folder removed on {@link #close()}. */
    public static Simulator create() {
        try {
            Path dir = Files.createTempDirectory("simplex-bot-sim");
            Simulator simulator = new Simulator(dir, true, DEFAULT_BACKLOG);
            Files.createDirectories(simulator.state.filesDir);
            Files.createDirectories(simulator.state.receiveDir);
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the simulator's temporary folder", e);
        }
    }

    /** Like {@link #create()} with the bot's user already there (a bot profile: {@code peerType: "bot"}). */
    public static Simulator withBot(String botName) {
        Simulator simulator = create();
        simulator.createBotUser(botName);
        return simulator;
    }

    public void createBotUser(String botName) {
        ObjectNode profile = ProfileJson.profile(botName).put("peerType", "bot");
        state.locked(() -> {
            try {
                userCommands.createUser(profile);
            } catch (SimCommandException e) {
                throw new IllegalArgumentException("cannot create bot user " + botName + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Gives the bot's user an address that accepts every contact request, as a bot's setup does, so that people can
     * connect without a script running.
     */
    public void openAutoAcceptingAddress() {
        long userId = expectOk("ShowActiveUser", SimJson.object()).at("/user/userId").asLong();
        expectOk("APICreateMyAddress", SimJson.object().put("userId", userId));
        ObjectNode settings = SimJson.object().put("businessAddress", false);
        settings.putObject("autoAccept").put("acceptIncognito", false);
        ObjectNode params = SimJson.object().put("userId", userId);
        params.set("settings", settings);
        expectOk("APISetAddressSettings", params);
    }

    private ObjectNode expectOk(String command, ObjectNode params) {
        CommandResult result = execute(command, params);
        if (result.responseType().equals("chatCmdError")) {
            throw new IllegalStateException(command + " failed in the simulator: " + result.response());
        }
        return result.response();
    }

    /** Runs one command by its docs name (e.g. {@code APISendMessages}) with typed parameters. */
    public CommandResult execute(String commandName, ObjectNode params) {
        return dispatcher.dispatch(commandName, params == null ? SimJson.object() : params);
    }

    public Set<String> commandNames() {
        return dispatcher.names();
    }

    public EventRelay events() {
        return events;
    }

    /** The person with this name, created on first use. */
    public SimPerson person(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a simulated person needs a name");
        }
        return state.locked(() -> state.people.computeIfAbsent(name, n -> new SimPerson(n, people, state.newLink("contact"))));
    }

    /** A group owned by {@code owner} with {@code members}; the bot is invited as a member and joins at once. */
    public SimGroup group(String name, SimPerson owner, SimPerson... members) {
        return people.groups().createGroup(name, GroupRole.MEMBER, true, owner, Arrays.asList(members));
    }

    /** Same with the bot's role chosen, and with {@code join == false} only invited ({@code APIJoinGroup} accepts). */
    public SimGroup group(String name, GroupRole botRole, boolean join, SimPerson owner, SimPerson... members) {
        return people.groups().createGroup(name, botRole, join, owner, Arrays.asList(members));
    }

    /** A group the bot created or joined, by display name. */
    public Optional<SimGroup> findGroup(String name) {
        return state.locked(() -> state.groups.values().stream().filter(g -> g.displayName().equals(name))
                .map(g -> new SimGroup(name, g.groupId)).findFirst());
    }

    /** The group with this id, as people refer to it. */
    public Optional<SimGroup> group(long groupId) {
        return state.locked(() -> Optional.ofNullable(state.groups.get(groupId)).map(g -> new SimGroup(g.displayName(), g.groupId)));
    }

    /** Every group the bot is or was in, oldest first. */
    public java.util.List<SimGroup> groups() {
        return state.locked(() -> state.groups.values().stream().map(g -> new SimGroup(g.displayName(), g.groupId)).toList());
    }

    /** The names of the people made so far, in order. */
    public java.util.List<String> people() {
        return state.locked(() -> java.util.List.copyOf(state.people.keySet()));
    }

    /** What no person does: network, subscriptions, delivery and file failures, errors. */
    public SimControls controls() {
        return controls;
    }

    /** Every person action and control by name, with JSON arguments: what consoles and test kits drive. */
    public SimActions actions() {
        return actions;
    }

    /** Called (under the simulator's lock: hand off, do not block) for each message the bot sends, edits or deletes. */
    public void onBotMessage(Consumer<BotOutput> listener) {
        delivery.watch(listener);
    }

    /** Where {@code ReceiveFile} puts files when the bot gives no path. */
    public Path receiveDir() {
        return state.receiveDir;
    }

    @Override
    public void close() {
        timed.close();
        if (!ownsDataDir || !Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dataDir, e);
        }
    }
}
