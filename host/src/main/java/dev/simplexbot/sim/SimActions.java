package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a simulated person can do and every simulator control, by name, with JSON arguments and a JSON result:
 * the one vocabulary the dev and sim consoles ({@code /sim <action>}), the JS test kit (people's and {@code t}'s
 * methods) and the control API ({@code POST /actions/<name>}) speak. Each action is a thin call into
 * {@link SimPerson} or {@link SimControls}, which the JUnit kit calls directly; the logic lives there once.
 *
 * <p>Arguments are checked here: an unknown action or parameter, a missing one, or one of the wrong type is an
 * {@link IllegalArgumentException} that says what was expected. What the simulator refuses (not connected, not an
 * admin, ...) is an {@link IllegalStateException} or {@link IllegalArgumentException} from the action itself.
 */
public final class SimActions {
    /** What a parameter holds, and so how a JSON value or a console word is read. */
    public enum Kind {
        /** A simulated person's name (made on first use). */
        PERSON,
        /** Several people's names: a JSON array, or the console's remaining words. */
        PEOPLE,
        /** A group the bot is in: its name, its groupId, or {@code {name, groupId}} as the JS kit hands groups. */
        GROUP,
        TEXT,
        /** Several texts: a JSON array, or the console's remaining words. */
        TEXTS,
        /** A chat item id: a message the bot sent, or any in the chat (the console takes "last" and "^2" for the bot's). */
        ITEM,
        /** A chat item id of one of the person's own messages (the console takes "last" and "^2" for theirs). */
        OWN_ITEM,
        /** A whole number. */
        NUMBER,
        /** true/false (the console also takes on/off, yes/no). */
        FLAG,
        /** A group member role: observer, author, member, moderator, admin, owner. */
        ROLE,
        /** One of the parameter's {@code choices}. */
        CHOICE,
        /** A file path, relative to the front-end's folder (the test file's, or the working folder). */
        PATH
    }

    /** One parameter of an action. */
    public record Param(String name, Kind kind, boolean optional, String help, List<String> choices) {
        public Param {
            choices = List.copyOf(choices);
        }

        static Param required(String name, Kind kind, String help) {
            return new Param(name, kind, false, help, kind == Kind.ROLE ? roles() : List.of());
        }

        static Param optional(String name, Kind kind, String help) {
            return new Param(name, kind, true, help, kind == Kind.ROLE ? roles() : List.of());
        }

        static Param choice(String name, boolean optional, String help, List<String> choices) {
            return new Param(name, Kind.CHOICE, optional, help, choices);
        }

        private static List<String> roles() {
            return Arrays.stream(GroupRole.values()).map(GroupRole::json).toList();
        }
    }

    /**
     * One action.
     *
     * @param control a simulator control (what no person does) rather than something a person does
     * @param events the documented events it can cause, directly or once the bot acts on its result (a link to use)
     */
    public record Action(String name, boolean control, String summary, List<Param> params, List<String> events, Runner runner) {
        public Action {
            params = List.copyOf(params);
            events = List.copyOf(events);
        }

        /** The name as a console word: {@code removeMember} is {@code remove-member}. */
        public String word() {
            return name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        }

        public Optional<Param> param(String paramName) {
            return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
        }
    }

    /** Runs an action with checked arguments; returns its result ({@code {}} when it has none). */
    @FunctionalInterface
    interface Runner {
        JsonNode run(Args args);
    }

    private static final String PERSON_HELP = "who does it";
    private final Simulator simulator;
    private final Map<String, Action> actions = new LinkedHashMap<>();

    SimActions(Simulator simulator) {
        this.simulator = simulator;
        contactActions();
        messageActions();
        groupActions();
        linkActions();
        controls();
    }

    public List<Action> all() {
        return List.copyOf(actions.values());
    }

    public Optional<Action> find(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    /**
     * Runs action {@code name} with {@code args} (a JSON object; {@code null} is none); relative paths resolve
     * against {@code folder}.
     */
    public JsonNode run(String name, JsonNode args, Path folder) {
        Action action = actions.get(name);
        if (action == null) {
            throw new IllegalArgumentException("no action '" + name + "'; the actions are: " + String.join(", ", actions.keySet()));
        }
        return action.runner().run(new Args(action, args == null || args.isNull() ? SimJson.object() : args, folder, simulator));
    }

    /** The catalog as JSON: each action's name, kind, summary, parameters and the events it causes. */
    public ArrayNode describe() {
        ArrayNode list = SimJson.array();
        for (Action action : actions.values()) {
            ObjectNode json = list.addObject().put("name", action.name()).put("control", action.control()).put("summary", action.summary());
            ArrayNode params = json.putArray("params");
            for (Param param : action.params()) {
                ObjectNode p = params.addObject().put("name", param.name()).put("type", param.kind().name().toLowerCase(Locale.ROOT))
                        .put("optional", param.optional()).put("help", param.help());
                if (!param.choices().isEmpty()) {
                    param.choices().forEach(p.putArray("choices")::add);
                }
            }
            action.events().forEach(json.putArray("events")::add);
        }
        return list;
    }

    private void add(String name, boolean control, String summary, List<String> events, Runner runner, Param... params) {
        if (actions.putIfAbsent(name, new Action(name, control, summary, List.of(params), events, runner)) != null) {
            throw new IllegalStateException("action defined twice: " + name);
        }
    }

    private static Param person() {
        return Param.required("person", Kind.PERSON, PERSON_HELP);
    }

    private static Param group() {
        return Param.required("group", Kind.GROUP, "the group");
    }

    private static ObjectNode none() {
        return SimJson.object();
    }

    private static ObjectNode item(long itemId) {
        return SimJson.object().put("itemId", itemId);
    }

    static ObjectNode group(SimGroup group) {
        return SimJson.object().put("name", group.name()).put("groupId", group.groupId());
    }

    private void contactActions() {
        add("connect", false, "connect to the bot through its address (openly, or incognito with a random profile)",
                List.of("receivedContactRequest", "acceptingContactRequest", "acceptingBusinessRequest", "contactConnected",
                        "connectedToGroupMember", "newChatItems"),
                a -> {
                    SimPerson person = a.person("person");
                    ConnectResult result = a.flag("incognito") ? person.connectIncognito() : person.connectToBot();
                    return SimJson.object().put("result", result.name().toLowerCase(Locale.ROOT));
                },
                person(), Param.optional("incognito", Kind.FLAG, "show the bot a random profile"));
        add("useLink", false, "open a link the bot made: its address, a one-time invitation or a group link",
                List.of("contactConnecting", "contactConnected", "sentGroupInvitation", "joinedGroupMember", "connectedToGroupMember"),
                a -> {
                    a.person("person").useLink(a.text("link"));
                    return none();
                },
                person(), Param.required("link", Kind.TEXT, "the link, as the bot's command returned it"));
        add("businessChat", false, "the business chat (a group) the person has with a bot whose address is a business address",
                List.of(), a -> group(a.person("person").businessChat()), person());
        add("updateProfile", false, "change the person's profile; the bot sees it in every chat with them",
                List.of("contactUpdated", "groupMemberUpdated"),
                a -> {
                    a.person("person").updateProfile(a.optionalText("displayName"), a.optionalText("fullName"), a.optionalText("shortDescr"));
                    return none();
                },
                person(), Param.optional("displayName", Kind.TEXT, "new display name"),
                Param.optional("fullName", Kind.TEXT, "new full name"), Param.optional("shortDescr", Kind.TEXT, "new short description"));
        add("deleteContact", false, "delete the contact with the bot (the bot keeps the chat but cannot write)",
                List.of("contactDeletedByContact"),
                a -> {
                    a.person("person").deleteContact();
                    return none();
                },
                person());
        add("inviteBotToContact", false, "as a group member, invite the bot to a direct contact",
                List.of("newMemberContactReceivedInv", "contactConnected"),
                a -> {
                    a.person("person").inviteBotToContact(a.group("group"));
                    return none();
                },
                person(), group());
    }

    private void messageActions() {
        add("send", false, "send a message to the bot (or in a group), optionally quoting, disappearing or live",
                List.of("newChatItems", "chatItemsDeleted"),
                a -> {
                    SendOptions options = SendOptions.direct();
                    SimGroup group = a.optionalGroup("group");
                    if (group != null) {
                        options = options.inGroup(group);
                    }
                    Long quoted = a.optionalItem("quotedItemId");
                    if (quoted != null) {
                        options = options.quoting(quoted);
                    }
                    Integer ttl = a.optionalNumber("ttl");
                    if (ttl != null) {
                        options = options.disappearingAfter(java.time.Duration.ofSeconds(ttl));
                    }
                    if (a.flag("live")) {
                        options = options.asLive();
                    }
                    return item(a.person("person").send(a.text("text"), options));
                },
                person(), Param.required("text", Kind.TEXT, "the message"), Param.optional("group", Kind.GROUP, "send in this group"),
                Param.optional("quotedItemId", Kind.ITEM, "the item it replies to"),
                Param.optional("ttl", Kind.NUMBER, "seconds until it disappears"),
                Param.optional("live", Kind.FLAG, "a live message, still being typed"));
        add("edit", false, "edit one of the person's messages (live: keep a live message going)",
                List.of("chatItemUpdated"),
                a -> {
                    SimPerson person = a.person("person");
                    if (a.flag("live")) {
                        person.updateLive(a.item("itemId"), a.text("text"));
                    } else {
                        person.update(a.item("itemId"), a.text("text"));
                    }
                    return none();
                },
                person(), Param.required("itemId", Kind.OWN_ITEM, "the person's message"), Param.required("text", Kind.TEXT, "the new text"),
                Param.optional("live", Kind.FLAG, "still being typed (default: finished)"));
        add("delete", false, "delete one of the person's messages for everyone", List.of("chatItemsDeleted"),
                a -> {
                    a.person("person").delete(a.item("itemId"));
                    return none();
                },
                person(), Param.required("itemId", Kind.OWN_ITEM, "the person's message"));
        add("react", false, "add (or remove) a reaction to a message", List.of("chatItemReaction"),
                a -> {
                    a.person("person").react(a.item("itemId"), a.text("emoji"), a.flagOr("add", true));
                    return none();
                },
                person(), Param.required("itemId", Kind.ITEM, "the message"), Param.required("emoji", Kind.TEXT, "e.g. 👍"),
                Param.optional("add", Kind.FLAG, "false removes it (default true)"));
        add("sendFile", false, "send a file with an optional caption, to the bot or in a group",
                List.of("newChatItems", "rcvFileDescrReady"),
                a -> {
                    SimPerson person = a.person("person");
                    SimGroup group = a.optionalGroup("group");
                    String caption = a.optionalText("text") == null ? "" : a.optionalText("text");
                    Path path = a.path("path");
                    return item(group == null ? person.sendFile(path, caption) : person.sendFileToGroup(group, path, caption));
                },
                person(), Param.required("path", Kind.PATH, "the file"), Param.optional("text", Kind.TEXT, "caption"),
                Param.optional("group", Kind.GROUP, "send in this group"));
        add("cancelFile", false, "cancel a file the person sent, before the bot received it", List.of("rcvFileSndCancelled"),
                a -> {
                    a.person("person").cancelFile(a.item("itemId"));
                    return none();
                },
                person(), Param.required("itemId", Kind.OWN_ITEM, "the person's file message"));
        add("sendReceipt", false, "confirm the bot's message arrived (a delivery receipt)", List.of("chatItemsStatusesUpdated"),
                a -> {
                    a.person("person").sendReceipt(a.item("itemId"));
                    return none();
                },
                person(), Param.required("itemId", Kind.ITEM, "the bot's message"));
        add("messages", false, "the bot's messages to the person so far (in a group: there), edits and deletions applied",
                List.of(),
                a -> {
                    SimPerson person = a.person("person");
                    SimGroup group = a.optionalGroup("group");
                    ArrayNode list = SimJson.array();
                    (group == null ? person.messages() : person.groupMessages(group)).forEach(m -> list.add(MessageJson.of(m)));
                    return list;
                },
                person(), Param.optional("group", Kind.GROUP, "the group's messages"));
    }

    private void groupActions() {
        add("createGroup", false, "make a group with other people and invite the bot (it joins at once unless join is false)",
                List.of("receivedGroupInvitation", "userJoinedGroup", "connectedToGroupMember"),
                a -> group(simulator.group(a.text("name"), a.roleOr("botRole", GroupRole.MEMBER), a.flagOr("join", true),
                        a.person("person"), a.people("members").toArray(SimPerson[]::new))),
                Param.required("person", Kind.PERSON, "the owner"), Param.required("name", Kind.TEXT, "the group's name"),
                Param.optional("members", Kind.PEOPLE, "the other people in it"),
                Param.optional("botRole", Kind.ROLE, "the bot's role (default member)"),
                Param.optional("join", Kind.FLAG, "false only invites the bot (default true)"));
        add("join", false, "join a group through the bot's group link", List.of("sentGroupInvitation", "joinedGroupMember", "connectedToGroupMember"),
                a -> {
                    a.person("person").joinViaGroupLink(a.group("group"));
                    return none();
                },
                person(), group());
        add("leave", false, "leave a group", List.of("leftMember"),
                a -> {
                    a.person("person").leaveGroup(a.group("group"));
                    return none();
                },
                person(), group());
        add("addMember", false, "as an admin, add another person to the group", List.of("joinedGroupMemberConnecting", "connectedToGroupMember"),
                a -> {
                    a.person("person").addMember(a.group("group"), a.person("member"), a.roleOr("role", GroupRole.MEMBER));
                    return none();
                },
                person(), group(), Param.required("member", Kind.PERSON, "who joins"), Param.optional("role", Kind.ROLE, "their role (default member)"));
        add("removeMember", false, "as an admin, remove a member (with their messages, if asked)", List.of("deletedMember", "groupChatItemsDeleted"),
                a -> {
                    a.person("person").removeMember(a.group("group"), a.person("member"), a.flag("withMessages"));
                    return none();
                },
                person(), group(), Param.required("member", Kind.PERSON, "who is removed"),
                Param.optional("withMessages", Kind.FLAG, "delete their messages too"));
        add("removeBot", false, "as an admin, remove the bot from the group", List.of("deletedMemberUser"),
                a -> {
                    a.person("person").removeBot(a.group("group"), a.flag("withMessages"));
                    return none();
                },
                person(), group(), Param.optional("withMessages", Kind.FLAG, "delete its messages too"));
        add("changeRole", false, "as an admin, change a member's role", List.of("memberRole"),
                a -> {
                    a.person("person").changeRole(a.group("group"), a.person("member"), a.role("role"));
                    return none();
                },
                person(), group(), Param.required("member", Kind.PERSON, "whose role"), Param.required("role", Kind.ROLE, "the new role"));
        add("changeBotRole", false, "as an admin, change the bot's role", List.of("memberRole"),
                a -> {
                    a.person("person").changeBotRole(a.group("group"), a.role("role"));
                    return none();
                },
                person(), group(), Param.required("role", Kind.ROLE, "the bot's new role"));
        add("block", false, "as a moderator, block (or unblock) a member for everyone", List.of("memberBlockedForAll"),
                a -> {
                    a.person("person").block(a.group("group"), a.person("member"), a.flagOr("blocked", true));
                    return none();
                },
                person(), group(), Param.required("member", Kind.PERSON, "who"), Param.optional("blocked", Kind.FLAG, "false unblocks (default true)"));
        add("acceptMember", false, "as a moderator, let in a member waiting for review", List.of("memberAcceptedByOther", "connectedToGroupMember"),
                a -> {
                    a.person("person").acceptMember(a.group("group"), a.person("member"), a.roleOr("role", GroupRole.MEMBER));
                    return none();
                },
                person(), group(), Param.required("member", Kind.PERSON, "who waits"), Param.optional("role", Kind.ROLE, "their role (default member)"));
        add("moderate", false, "as a moderator, delete a message in the group for everyone", List.of("groupChatItemsDeleted"),
                a -> {
                    a.person("person").moderate(a.group("group"), a.item("itemId"));
                    return none();
                },
                person(), group(), Param.required("itemId", Kind.ITEM, "the message"));
        add("updateGroup", false, "as the owner, change the group's profile", List.of("groupUpdated"),
                a -> {
                    a.person("person").updateGroup(a.group("group"), a.optionalText("displayName"), a.optionalText("fullName"),
                            a.optionalText("description"));
                    return none();
                },
                person(), group(), Param.optional("displayName", Kind.TEXT, "new name"), Param.optional("fullName", Kind.TEXT, "new full name"),
                Param.optional("description", Kind.TEXT, "new description"));
        add("deleteGroup", false, "as the owner, delete the group", List.of("groupDeleted"),
                a -> {
                    a.person("person").deleteGroup(a.group("group"));
                    return none();
                },
                person(), group());
    }

    private void linkActions() {
        add("groupLink", false, "make a group with a link for the bot to join through (the bot connects to the link)",
                List.of("groupLinkConnecting", "userJoinedGroup", "connectedToGroupMember"),
                a -> SimJson.object().put("link", a.person("person").groupLink(a.text("name"), a.people("members").toArray(SimPerson[]::new))),
                Param.required("person", Kind.PERSON, "the owner"), Param.required("name", Kind.TEXT, "the group's name"),
                Param.optional("members", Kind.PEOPLE, "the other people in it"));
        add("businessAddress", false, "the person's business address, for the bot to connect to as a customer",
                List.of("businessLinkConnecting", "userJoinedGroup"),
                a -> SimJson.object().put("link", a.person("person").businessAddress()), person());
    }

    private void controls() {
        SimControls controls = simulator.controls();
        add("network", true, "take the simulated network down or bring it back (what people do meanwhile waits)",
                List.of("hostDisconnected", "hostConnected"),
                a -> {
                    controls.network(a.flag("up"));
                    return none();
                },
                Param.required("up", Kind.FLAG, "true: up, false: down"));
        add("subscription", true, "the messaging server reports the state of the bot's subscriptions", List.of("subscriptionStatus"),
                a -> {
                    controls.subscriptionStatus(a.choice("status"), a.optionalText("error"));
                    return none();
                },
                Param.choice("status", false, "the new state", SimControls.SUBSCRIPTION_STATES),
                Param.optional("error", Kind.TEXT, "why (for removed)"));
        add("deliveryError", true, "the bot's message could not be delivered (warning: not yet; the CLI retries)",
                List.of("chatItemsStatusesUpdated"),
                a -> {
                    controls.deliveryError(a.item("itemId"), a.flag("warning"), a.optionalChoice("reason"));
                    return none();
                },
                Param.required("itemId", Kind.ITEM, "the bot's message"), Param.optional("warning", Kind.FLAG, "a warning instead of an error"),
                Param.choice("reason", true, "why (default auth, or quota for a warning)", SimControls.DELIVERY_ERRORS));
        add("fileReceiveFault", true, "when the bot receives this file, it fails (warning: reported, then it completes)",
                List.of("rcvFileError", "rcvFileWarning"),
                a -> {
                    controls.fileReceiveFault(a.item("itemId"), a.flag("warning"));
                    return none();
                },
                Param.required("itemId", Kind.ITEM, "a person's file message"), Param.optional("warning", Kind.FLAG, "a warning instead of an error"));
        add("fileSendFault", true, "the next file the bot sends fails to upload (warning: reported, then it completes)",
                List.of("sndFileError", "sndFileWarning"),
                a -> {
                    controls.fileSendFault(a.flag("warning"));
                    return none();
                },
                Param.optional("warning", Kind.FLAG, "a warning instead of an error"));
        add("autoReceiveFiles", true, "receive files as they arrive, as the CLI's auto-accept option does",
                List.of("rcvFileAccepted", "rcvFileStart", "rcvFileComplete"),
                a -> {
                    controls.autoReceiveFiles(a.flag("on"));
                    return none();
                },
                Param.required("on", Kind.FLAG, "true: on, false: off"));
        add("chatError", true, "the CLI reports an error that belongs to no command", List.of("chatError"),
                a -> {
                    controls.chatError(a.text("message"));
                    return none();
                },
                Param.required("message", Kind.TEXT, "what went wrong"));
        add("chatErrors", true, "the CLI reports several errors at once", List.of("chatErrors"),
                a -> {
                    controls.chatErrors(a.texts("messages"));
                    return none();
                },
                Param.required("messages", Kind.TEXTS, "what went wrong, one text per error"));
        add("messageError", true, "a message could not be processed", List.of("messageError"),
                a -> {
                    controls.messageError(a.optionalChoice("severity") == null ? "error" : a.optionalChoice("severity"), a.text("text"));
                    return none();
                },
                Param.required("text", Kind.TEXT, "what went wrong"),
                Param.choice("severity", true, "info, warning or error (default error)", SimControls.SEVERITIES));
    }

    /**
     * An action's arguments, checked against its parameters as they are read; unknown names are refused up front.
     */
    static final class Args {
        private static final int MAX_NAME = 64;

        private final Action action;
        private final JsonNode values;
        private final Path folder;
        private final Simulator simulator;

        Args(Action action, JsonNode values, Path folder, Simulator simulator) {
            if (!values.isObject()) {
                throw new IllegalArgumentException(action.name() + " takes a JSON object of arguments, got " + kindOf(values));
            }
            this.action = action;
            this.values = values;
            this.folder = folder;
            this.simulator = simulator;
            List<String> unknown = new ArrayList<>();
            values.fieldNames().forEachRemaining(name -> {
                if (action.param(name).isEmpty()) {
                    unknown.add(name);
                }
            });
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException(action.name() + " has no parameter " + String.join(", ", unknown) + "; it takes: "
                        + String.join(", ", action.params().stream().map(p -> p.name() + (p.optional() ? "?" : "")).toList()));
            }
            for (Param param : action.params()) {
                if (!param.optional() && value(param.name()) == null) {
                    throw new IllegalArgumentException(action.name() + " needs " + param.name() + " (" + param.help() + ")");
                }
            }
        }

        private JsonNode value(String name) {
            JsonNode value = values.get(name);
            return value == null || value.isNull() ? null : value;
        }

        private IllegalArgumentException wrong(String name, String expected, JsonNode got) {
            return new IllegalArgumentException(action.name() + ": " + name + " must be " + expected + ", got " + abbreviate(got));
        }

        private static String kindOf(JsonNode value) {
            return value.isArray() ? "an array" : value.isTextual() ? "a string" : value.isNumber() ? "a number"
                    : value.isBoolean() ? "a boolean" : "null";
        }

        private static String abbreviate(JsonNode value) {
            String text = SimJson.write(value);
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        }

        SimPerson person(String name) {
            return simulator.person(personName(name, value(name)));
        }

        private String personName(String name, JsonNode value) {
            if (value == null || !value.isTextual()) {
                throw wrong(name, "a person's name (a string)", value == null ? SimJson.MAPPER.nullNode() : value);
            }
            String text = value.asText();
            if (text.isBlank() || text.length() > MAX_NAME || text.chars().anyMatch(Character::isWhitespace)
                    || text.startsWith("@") || text.startsWith("#")) {
                throw wrong(name, "a name of 1 to " + MAX_NAME + " characters without spaces, not starting with @ or #", value);
            }
            return text;
        }

        List<SimPerson> people(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                throw wrong(name, "an array of people's names", value);
            }
            List<SimPerson> people = new ArrayList<>();
            for (JsonNode entry : value) {
                people.add(simulator.person(personName(name, entry)));
            }
            return Collections.unmodifiableList(people);
        }

        SimGroup group(String name) {
            SimGroup group = optionalGroup(name);
            if (group == null) {
                throw new IllegalArgumentException(action.name() + " needs " + name);
            }
            return group;
        }

        SimGroup optionalGroup(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            JsonNode id = value.isObject() ? value.get("groupId") : value;
            if (id != null && id.canConvertToLong() && id.isIntegralNumber()) {
                return simulator.group(id.asLong())
                        .orElseThrow(() -> new IllegalArgumentException(action.name() + ": the bot is in no group with id " + id.asLong()));
            }
            if (value.isTextual() && !value.asText().isBlank()) {
                String groupName = value.asText().startsWith("#") ? value.asText().substring(1) : value.asText();
                return simulator.findGroup(groupName)
                        .orElseThrow(() -> new IllegalArgumentException(action.name() + ": the bot is in no group called " + groupName));
            }
            throw wrong(name, "a group's name, its groupId or {name, groupId}", value);
        }

        String text(String name) {
            String text = optionalText(name);
            if (text == null) {
                throw new IllegalArgumentException(action.name() + " needs " + name);
            }
            return text;
        }

        String optionalText(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isTextual()) {
                throw wrong(name, "a string", value);
            }
            return value.asText();
        }

        List<String> texts(String name) {
            JsonNode value = value(name);
            if (value == null || !value.isArray()) {
                throw wrong(name, "an array of strings", value == null ? SimJson.MAPPER.nullNode() : value);
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode entry : value) {
                if (!entry.isTextual()) {
                    throw wrong(name, "an array of strings", value);
                }
                texts.add(entry.asText());
            }
            return texts;
        }

        long item(String name) {
            Long item = optionalItem(name);
            if (item == null) {
                throw new IllegalArgumentException(action.name() + " needs " + name);
            }
            return item;
        }

        Long optionalItem(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1) {
                throw wrong(name, "a chat item id (a positive whole number)", value);
            }
            return value.asLong();
        }

        Integer optionalNumber(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
                throw wrong(name, "a whole number from 1", value);
            }
            return value.asInt();
        }

        boolean flag(String name) {
            return flagOr(name, false);
        }

        boolean flagOr(String name, boolean orElse) {
            JsonNode value = value(name);
            if (value == null) {
                return orElse;
            }
            if (!value.isBoolean()) {
                throw wrong(name, "true or false", value);
            }
            return value.asBoolean();
        }

        GroupRole role(String name) {
            GroupRole role = optionalRole(name);
            if (role == null) {
                throw new IllegalArgumentException(action.name() + " needs " + name);
            }
            return role;
        }

        GroupRole roleOr(String name, GroupRole orElse) {
            GroupRole role = optionalRole(name);
            return role == null ? orElse : role;
        }

        private GroupRole optionalRole(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            for (GroupRole role : GroupRole.values()) {
                if (value.isTextual() && role.json().equals(value.asText())) {
                    return role;
                }
            }
            throw wrong(name, "one of " + String.join(", ", Arrays.stream(GroupRole.values()).map(GroupRole::json).toList()), value);
        }

        String choice(String name) {
            String choice = optionalChoice(name);
            if (choice == null) {
                throw new IllegalArgumentException(action.name() + " needs " + name);
            }
            return choice;
        }

        String optionalChoice(String name) {
            JsonNode value = value(name);
            if (value == null) {
                return null;
            }
            List<String> choices = action.param(name).map(Param::choices).orElse(List.of());
            if (!value.isTextual() || !choices.contains(value.asText())) {
                throw wrong(name, "one of " + String.join(", ", choices), value);
            }
            return value.asText();
        }

        Path path(String name) {
            String text = text(name);
            if (text.isBlank() || text.indexOf('\0') >= 0) {
                throw wrong(name, "a file path", values.get(name));
            }
            try {
                return folder.resolve(text).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw wrong(name, "a file path", values.get(name));
            }
        }
    }
}
