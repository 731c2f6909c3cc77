package dev.simplexbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.EventSpec;
import dev.simplexbot.api.SpecConformance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives every simulator action and control, and the bot commands that complete them, through a bot on the WebSocket;
 * then checks every frame the simulator sent against the docs' types, and that every documented event was among them.
 */
class EveryEventTest {
    private static final ApiSpec SPEC = ApiSpec.load();

    @TempDir
    Path folder;

    private final Simulator sim = Simulator.withBot("bot");
    private final Set<String> actionsRun = new LinkedHashSet<>();
    private SimServer server;
    private WireBot bot;
    private long userId;

    @BeforeEach
    void start() throws Exception {
        server = new SimServer(sim, 0, false, CommandReader.fromSpec());
        bot = new WireBot(server.startAndWait());
        userId = bot.ok(bot.api.showActiveUser()).at("/user/userId").asLong();
    }

    @AfterEach
    void stop() throws Exception {
        bot.close();
        server.stop(1000);
        sim.close();
    }

    /** Runs a catalog action the way the consoles, the JS kit and the control API do. */
    private JsonNode act(String name, Object... namesAndValues) {
        ObjectNode args = SimJson.object();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.set((String) namesAndValues[i], SimJson.MAPPER.valueToTree(namesAndValues[i + 1]));
        }
        actionsRun.add(name);
        return sim.actions().run(name, args, folder);
    }

    private long item(JsonNode result) {
        return result.get("itemId").asLong();
    }

    private void addressSettings(String json) throws Exception {
        bot.ok(bot.api.apiSetAddressSettings(userId, SimJson.MAPPER.readTree(json)));
    }

    private static ArrayNode text(String text) {
        return SimJson.array().add(SimJson.object().<ObjectNode>set("msgContent", SimJson.typed("text").put("text", text))
                .set("mentions", SimJson.object()));
    }

    private static ArrayNode file(Path path, String text) {
        ObjectNode message = SimJson.object().<ObjectNode>set("msgContent", SimJson.typed("file").put("text", text))
                .set("mentions", SimJson.object());
        message.set("fileSource", SimJson.object().put("filePath", path.toString()));
        return SimJson.array().add(message);
    }

    private static ObjectNode ref(String type, long id) {
        return SimJson.object().put("chatType", type).put("chatId", id);
    }

    private long contactId(String name) throws Exception {
        for (JsonNode contact : bot.ok(bot.api.apiListContacts(userId)).get("contacts")) {
            if (contact.at("/profile/displayName").asText().equals(name)) {
                return contact.get("contactId").asLong();
            }
        }
        throw new AssertionError("no contact " + name);
    }

    @Test
    void everyDocumentedEventCanBeProducedAndEveryFrameConformsToTheDocs() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "some notes");
        bot.ok(bot.api.apiCreateMyAddress(userId));
        addressSettings("{\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":true},\"autoReply\":{\"type\":\"text\",\"text\":\"Welcome!\"}}");

        // Contacts: auto-accepted, incognito, by request, through a business address, through a one-time invitation.
        act("connect", "person", "alice");
        act("connect", "person", "bob", "incognito", true);
        addressSettings("{\"businessAddress\":false}");
        act("connect", "person", "carol");
        bot.ok(bot.api.apiAcceptContact(bot.event("receivedContactRequest").at("/contactRequest/contactRequestId").asLong()));
        addressSettings("{\"businessAddress\":true,\"autoAccept\":{\"acceptIncognito\":false},\"autoReply\":{\"type\":\"text\",\"text\":\"Hello, customer\"}}");
        act("connect", "person", "dave");
        JsonNode business = act("businessChat", "person", "dave");
        act("send", "person", "dave", "text", "where is my order?");
        addressSettings("{\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}");
        String invitation = bot.ok(bot.api.apiAddContact(userId, true)).at("/connLinkInvitation/connShortLink").asText();
        act("useLink", "person", "erin", "link", invitation);
        long alice = contactId("alice");

        // Messages: plain, disappearing, live, edited, deleted, reacted to; receipts and delivery errors.
        long fromAlice = item(act("send", "person", "alice", "text", "hello"));
        act("send", "person", "alice", "text", "gone soon", "ttl", 1);
        long live = item(act("send", "person", "alice", "text", "typ", "live", true));
        act("edit", "person", "alice", "itemId", live, "text", "typing", "live", true);
        act("edit", "person", "alice", "itemId", live, "text", "typing done");
        act("edit", "person", "alice", "itemId", fromAlice, "text", "hello there");
        long botItem = bot.ok(bot.api.apiSendMessages(ref("direct", alice), false, null, text("hi alice")))
                .at("/chatItems/0/chatItem/meta/itemId").asLong();
        act("react", "person", "alice", "itemId", botItem, "emoji", "👍");
        act("react", "person", "alice", "itemId", botItem, "emoji", "👍", "add", false);
        act("sendReceipt", "person", "alice", "itemId", botItem);
        act("deliveryError", "itemId", botItem, "warning", true);
        act("deliveryError", "itemId", botItem, "reason", "expired");
        act("delete", "person", "alice", "itemId", fromAlice);
        assertThat(act("messages", "person", "alice")).isNotEmpty();
        long liveBot = bot.ok(bot.api.apiSendMessages(ref("direct", alice), true, null, text("thinking")))
                .at("/chatItems/0/chatItem/meta/itemId").asLong();
        bot.ok(bot.api.apiUpdateChatItem(ref("direct", alice), liveBot, false, SimJson.object()
                .<ObjectNode>set("msgContent", SimJson.typed("text").put("text", "the answer")).set("mentions", SimJson.object())));
        long disappearing = bot.ok(bot.api.apiSendMessages(ref("direct", alice), false, 1, text("this disappears")))
                .at("/chatItems/0/chatItem/meta/itemId").asLong();

        // Files: received with an error, with a warning, cancelled by the sender, received automatically; sent likewise.
        long failing = item(act("sendFile", "person", "alice", "path", "notes.txt", "text", "fails"));
        act("fileReceiveFault", "itemId", failing);
        bot.ok(bot.api.receiveFile(fileId(failing), false, null, null, null));
        long slow = item(act("sendFile", "person", "alice", "path", "notes.txt"));
        act("fileReceiveFault", "itemId", slow, "warning", true);
        bot.ok(bot.api.receiveFile(fileId(slow), false, null, null, null));
        long cancelled = item(act("sendFile", "person", "alice", "path", notes.toString(), "text", "oops"));
        act("cancelFile", "person", "alice", "itemId", cancelled);
        assertThat(bot.ok(bot.api.receiveFile(fileId(cancelled), false, null, null, null)).path("type").asText())
                .isEqualTo("rcvFileAcceptedSndCancelled");
        act("autoReceiveFiles", "on", true);
        act("sendFile", "person", "alice", "path", "notes.txt");
        act("autoReceiveFiles", "on", false);
        act("fileSendFault");
        bot.ok(bot.api.apiSendMessages(ref("direct", alice), false, null, file(notes, "")));
        act("fileSendFault", "warning", true);
        bot.ok(bot.api.apiSendMessages(ref("direct", alice), false, null, file(notes, "")));

        // Groups people own: roles, blocks, members added and removed, moderation, profile, direct contact, deletion.
        JsonNode club = act("createGroup", "person", "alice", "name", "club", "members", List.of("frank", "grace"));
        long clubId = club.get("groupId").asLong();
        long fromFrank = item(act("send", "person", "frank", "text", "buy stuff", "group", "club"));
        act("moderate", "person", "alice", "group", clubId, "itemId", fromFrank);
        act("changeBotRole", "person", "alice", "group", club, "role", "admin");
        act("changeRole", "person", "alice", "group", "club", "member", "frank", "role", "moderator");
        act("block", "person", "alice", "group", "club", "member", "grace");
        act("addMember", "person", "alice", "group", "club", "member", "henry");
        act("send", "person", "henry", "text", "spam", "group", "club");
        act("removeMember", "person", "alice", "group", "club", "member", "henry", "withMessages", true);
        act("sendFile", "person", "frank", "path", "notes.txt", "group", "club");
        act("updateProfile", "person", "grace", "fullName", "Grace Hopper");
        act("updateProfile", "person", "alice", "displayName", "alice_w");
        act("inviteBotToContact", "person", "grace", "group", "club");
        act("updateGroup", "person", "alice", "group", "club", "description", "for members");
        act("leave", "person", "frank", "group", "club");
        JsonNode team = act("createGroup", "person", "carol", "name", "team", "members", List.of("bob"), "join", true);
        act("removeBot", "person", "carol", "group", team);
        act("deleteGroup", "person", "alice", "group", "club");

        // The bot's own group with a link, reviewed newcomers and an admin who accepts them.
        long shop = bot.ok(bot.api.apiNewGroup(userId, false, SimJson.MAPPER.readTree("{\"displayName\":\"shop\",\"fullName\":\"\"}")))
                .at("/groupInfo/groupId").asLong();
        String shopLink = bot.ok(bot.api.apiCreateGroupLink(shop, "member")).at("/groupLink/connLinkContact/connShortLink").asText();
        act("useLink", "person", "ivy", "link", shopLink);
        act("join", "person", "jack", "group", "shop");
        bot.ok(bot.api.apiAddMember(shop, contactId("carol"), "admin"));
        bot.ok(bot.api.apiUpdateGroupProfile(shop, SimJson.MAPPER.readTree(
                "{\"displayName\":\"shop\",\"fullName\":\"\",\"memberAdmission\":{\"review\":\"all\"}}")));
        act("join", "person", "kate", "group", shop);
        act("acceptMember", "person", "carol", "group", shop, "member", "kate");
        bot.ok(bot.api.apiSendMessages(ref("group", shop), false, null, file(notes, "price list")));
        assertThat(sim.person("kate").groupMessages(new SimGroup("shop", shop))).extracting(m -> m.file().fileName())
                .containsExactly("notes.txt");

        // People's links the bot uses: a group link, a business address, a person's address incognito.
        String liamsGroup = act("groupLink", "person", "liam", "name", "liams", "members", List.of("mia")).get("link").asText();
        bot.ok(bot.api.connect(false, liamsGroup));
        bot.ok(bot.api.connect(false, act("businessAddress", "person", "nora").get("link").asText()));
        bot.ok(bot.api.connect(false, sim.person("olga").address()));
        act("deleteContact", "person", "erin");

        // Notes to self.
        long note = bot.ok(bot.api.apiSendMessages(ref("local", 1), false, null, text("remember the milk")))
                .at("/chatItems/0/chatItem/meta/itemId").asLong();
        bot.ok(bot.api.apiDeleteChatItem(ref("local", 1), SimJson.array().add(note), "internal"));

        // The network and the CLI's own reports.
        act("network", "up", false);
        act("send", "person", "alice", "text", "are you there?");
        act("network", "up", true);
        act("subscription", "status", "pending");
        act("subscription", "status", "removed", "error", "queue gone");
        act("chatError", "message", "something broke");
        act("chatErrors", "messages", List.of("first", "second"));
        act("messageError", "text", "cannot decrypt", "severity", "warning");
        awaitTimedDeletion(disappearing);

        List<WireBot.Frame> frames = bot.frames();
        List<String> problems = new ArrayList<>();
        SpecConformance conformance = new SpecConformance(SPEC);
        for (WireBot.Frame frame : frames) {
            List<String> found = frame.event() ? conformance.checkEvent(frame.resp()) : conformance.checkResponse(frame.command(), frame.resp());
            found.forEach(p -> problems.add((frame.event() ? "event " : frame.command() + " -> ") + frame.type() + " " + p));
        }
        assertThat(problems).as("frames that do not conform to the docs").isEmpty();
        Set<String> seen = new TreeSet<>();
        frames.stream().filter(WireBot.Frame::event).forEach(f -> seen.add(f.type()));
        Set<String> missing = new TreeSet<>(SPEC.events().stream().map(EventSpec::type).toList());
        missing.removeAll(seen);
        assertThat(missing).as("documented events the simulator never sent").isEmpty();
        assertThat(sim.actions().all().stream().map(SimActions.Action::name).filter(a -> !actionsRun.contains(a)).toList())
                .as("actions this test does not drive").isEmpty();
        assertThat(business.get("groupId").asLong()).isPositive();
    }

    /** Waits for the CLI to delete a disappearing item when its time is up. */
    private void awaitTimedDeletion(long itemId) throws InterruptedException {
        JsonNode deleted;
        do {
            deleted = bot.event("chatItemsDeleted");
        } while (!deleted.path("timed").asBoolean()
                || deleted.at("/chatItemDeletions/0/deletedChatItem/chatItem/meta/itemId").asLong() != itemId);
    }

    private long fileId(long itemId) throws InterruptedException {
        JsonNode ready = bot.event("rcvFileDescrReady");
        assertThat(ready.at("/chatItem/chatItem/meta/itemId").asLong()).isEqualTo(itemId);
        return ready.at("/rcvFileTransfer/fileId").asLong();
    }
}
