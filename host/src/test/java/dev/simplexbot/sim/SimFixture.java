package dev.simplexbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A simulator with a bot (address with auto-accept and welcome), alice and bob connected, a bot-owned group, items and a file. */
final class SimFixture implements AutoCloseable {
    final Simulator sim = Simulator.withBot("bot");
    final List<ObjectNode> events = new ArrayList<>();
    final long userId;
    final SimPerson alice;
    final SimPerson bob;
    final long aliceContactId;
    final long groupId;
    final long aliceMemberId;
    final long botItemId;
    final long aliceItemId;
    final long aliceFileId;
    final long groupItemId;

    SimFixture() {
        sim.events().attach(events::add);
        userId = ok("ShowActiveUser", params()).at("/user/userId").asLong();
        ok("APICreateMyAddress", params().put("userId", userId));
        ok("APISetAddressSettings", params().put("userId", userId).set("settings", json(
                "{\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false},\"autoReply\":{\"type\":\"text\",\"text\":\"Welcome!\"}}")));
        alice = sim.person("alice");
        bob = sim.person("bob");
        assertThat(alice.connectToBot()).isEqualTo(ConnectResult.CONNECTED);
        assertThat(bob.connectToBot()).isEqualTo(ConnectResult.CONNECTED);
        aliceContactId = contactId("alice");
        groupId = ok("APINewGroup", params().put("userId", userId).put("incognito", false)
                .set("groupProfile", json("{\"displayName\":\"team\",\"fullName\":\"\"}"))).at("/groupInfo/groupId").asLong();
        aliceMemberId = ok("APIAddMember", params().put("groupId", groupId).put("contactId", aliceContactId).put("memberRole", "member"))
                .at("/member/groupMemberId").asLong();
        botItemId = ok("APISendMessages", send(directRef(aliceContactId), "hello alice")).at("/chatItems/0/chatItem/meta/itemId").asLong();
        groupItemId = alice.sendToGroup(new SimGroup("team", groupId), "hi team");
        aliceItemId = alice.send("hi bot");
        Path file = tempFile("notes.txt", "some notes");
        long fileItem = alice.sendFile(file, "my notes");
        aliceFileId = lastEvent("newChatItems").at("/chatItems/0/chatItem/file/fileId").asLong();
        assertThat(lastEvent("newChatItems").at("/chatItems/0/chatItem/meta/itemId").asLong()).isEqualTo(fileItem);
    }

    static ObjectNode params() {
        return SimJson.object();
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) SimJson.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode directRef(long contactId) {
        return params().put("chatType", "direct").put("chatId", contactId);
    }

    static ObjectNode groupRef(long groupId) {
        return params().put("chatType", "group").put("chatId", groupId);
    }

    static ObjectNode send(ObjectNode ref, String text) {
        ObjectNode params = params().put("liveMessage", false);
        params.set("sendRef", ref);
        params.set("composedMessages", SimJson.array().add(json("{\"msgContent\":{\"type\":\"text\",\"text\":\"" + text + "\"},\"mentions\":{}}")));
        return params;
    }

    CommandResult run(String command, ObjectNode params) {
        return sim.execute(command, params);
    }

    JsonNode ok(String command, ObjectNode params) {
        CommandResult result = run(command, params);
        assertThat(result.responseType()).as(command + " -> " + result.response()).isNotEqualTo("chatCmdError");
        return result.response();
    }

    long contactId(String name) {
        for (JsonNode contact : ok("APIListContacts", params().put("userId", userId)).get("contacts")) {
            if (contact.get("localDisplayName").asText().equals(name)) {
                return contact.get("contactId").asLong();
            }
        }
        throw new AssertionError("no contact " + name);
    }

    ObjectNode lastEvent(String type) {
        synchronized (events) {
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i).path("type").asText().equals(type)) {
                    return events.get(i);
                }
            }
        }
        throw new AssertionError("no " + type + " event in " + events.stream().map(e -> e.path("type").asText()).toList());
    }

    List<String> eventTypes() {
        synchronized (events) {
            return events.stream().map(e -> e.path("type").asText()).toList();
        }
    }

    static Path tempFile(String name, String content) {
        try {
            Path dir = Files.createTempDirectory("sim-test");
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sim.close();
    }
}
