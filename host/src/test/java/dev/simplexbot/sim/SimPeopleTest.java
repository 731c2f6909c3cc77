package dev.simplexbot.sim;

import static dev.simplexbot.sim.SimFixture.directRef;
import static dev.simplexbot.sim.SimFixture.json;
import static dev.simplexbot.sim.SimFixture.params;
import static dev.simplexbot.sim.SimFixture.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What simulated people do shows up as the events a real CLI emits, and what the bot sends reaches them. */
class SimPeopleTest {
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void autoAcceptConnectsAndSendsTheWelcomeMessage() {
        try (SimFixture f = new SimFixture()) {
            assertThat(f.eventTypes()).containsSubsequence("acceptingContactRequest", "contactConnected", "newChatItems");
            SimMessage welcome = f.alice.nextMessage(WAIT);
            assertThat(welcome.text()).isEqualTo("Welcome!");
            assertThat(f.alice.nextMessage(WAIT).text()).isEqualTo("hello alice");
        }
    }

    @Test
    void withoutAutoAcceptThePersonWaitsForTheBot() {
        try (SimFixture f = new SimFixture()) {
            f.ok("APISetAddressSettings", params().put("userId", f.userId).set("settings", json("{\"businessAddress\":false}")));
            SimPerson carol = f.sim.person("carol");
            assertThat(carol.connectToBot()).isEqualTo(ConnectResult.PENDING);
            assertThat(carol.isConnected()).isFalse();
            long requestId = f.lastEvent("receivedContactRequest").at("/contactRequest/contactRequestId").asLong();
            CommandResult accepted = f.run("APIAcceptContact", params().put("contactReqId", requestId));
            assertThat(accepted.events()).extracting(e -> e.path("type").asText()).containsExactly("contactSndReady", "contactConnected");
            carol.awaitConnected(WAIT);
            assertThat(carol.send("hi")).isPositive();
        }
    }

    @Test
    void aPersonsMessageArrivesAsRcvMsgContent() {
        try (SimFixture f = new SimFixture()) {
            long itemId = f.alice.reply(f.botItemId, "4");
            JsonNode item = f.lastEvent("newChatItems").at("/chatItems/0");
            assertThat(item.at("/chatInfo/type").asText()).isEqualTo("direct");
            assertThat(item.at("/chatInfo/contact/localDisplayName").asText()).isEqualTo("alice");
            assertThat(item.at("/chatItem/chatDir/type").asText()).isEqualTo("directRcv");
            assertThat(item.at("/chatItem/content/type").asText()).isEqualTo("rcvMsgContent");
            assertThat(item.at("/chatItem/content/msgContent/text").asText()).isEqualTo("4");
            assertThat(item.at("/chatItem/meta/itemId").asLong()).isEqualTo(itemId);
            assertThat(item.at("/chatItem/quotedItem/itemId").asLong()).isEqualTo(f.botItemId);
        }
    }

    @Test
    void reactionsUpdatesAndDeletesBecomeEvents() {
        try (SimFixture f = new SimFixture()) {
            f.alice.react(f.botItemId, "👍", true);
            assertThat(f.lastEvent("chatItemReaction").at("/reaction/chatReaction/reaction/emoji").asText()).isEqualTo("👍");
            f.alice.update(f.aliceItemId, "hi bot, edited");
            assertThat(f.lastEvent("chatItemUpdated").at("/chatItem/chatItem/content/msgContent/text").asText()).isEqualTo("hi bot, edited");
            f.alice.delete(f.aliceItemId);
            assertThat(f.lastEvent("chatItemsDeleted").at("/chatItemDeletions/0/deletedChatItem/chatItem/meta/itemId").asLong()).isEqualTo(f.aliceItemId);
            assertThatThrownBy(() -> f.alice.update(f.botItemId, "not mine")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFileIsDescribedThenReceivedIntoTheReceiveFolder() throws Exception {
        try (SimFixture f = new SimFixture()) {
            assertThat(f.lastEvent("rcvFileDescrReady").at("/rcvFileTransfer/fileId").asLong()).isEqualTo(f.aliceFileId);
            CommandResult result = f.run("ReceiveFile", params().put("fileId", f.aliceFileId).put("userApprovedRelays", true));
            assertThat(result.responseType()).isEqualTo("rcvFileAccepted");
            assertThat(result.events()).extracting(e -> e.path("type").asText()).containsExactly("rcvFileStart", "rcvFileComplete");
            String path = result.events().get(1).at("/chatItem/chatItem/file/fileSource/filePath").asText();
            assertThat(Path.of(path)).startsWith(f.sim.receiveDir());
            assertThat(Files.readString(Path.of(path))).isEqualTo("some notes");
            assertThat(f.run("ReceiveFile", params().put("fileId", f.aliceFileId)).response().at("/chatError/errorType/type").asText())
                    .isEqualTo("fileAlreadyReceiving");
        }
    }

    @Test
    void groupsCarryMessagesBothWaysAndMemberEvents() {
        try (SimFixture f = new SimFixture()) {
            SimGroup club = f.sim.group("club", f.alice, f.bob);
            assertThat(f.eventTypes()).containsSubsequence("receivedGroupInvitation", "userJoinedGroup", "connectedToGroupMember");
            f.bob.sendToGroup(club, "hello club");
            JsonNode item = f.lastEvent("newChatItems").at("/chatItems/0/chatItem");
            assertThat(item.at("/chatDir/type").asText()).isEqualTo("groupRcv");
            assertThat(item.at("/chatDir/groupMember/localDisplayName").asText()).isEqualTo("bob");
            f.ok("APISendMessages", send(SimFixture.groupRef(club.groupId()), "hello people"));
            assertThat(f.alice.nextGroupMessage(club, WAIT).text()).isEqualTo("hello people");
            assertThat(f.bob.nextGroupMessage(club, WAIT).group()).isEqualTo("club");
            f.bob.leaveGroup(club);
            assertThat(f.lastEvent("leftMember").at("/member/localDisplayName").asText()).isEqualTo("bob");
        }
    }

    @Test
    void watchersSeeWhatTheBotSendsEditsAndDeletes() {
        try (SimFixture f = new SimFixture()) {
            List<BotOutput> seen = new CopyOnWriteArrayList<>();
            f.sim.onBotMessage(seen::add);
            long id = f.ok("APISendMessages", send(directRef(f.aliceContactId), "v1")).at("/chatItems/0/chatItem/meta/itemId").asLong();
            f.ok("APIUpdateChatItem", params().<com.fasterxml.jackson.databind.node.ObjectNode>set("chatRef", directRef(f.aliceContactId))
                    .put("chatItemId", id).put("liveMessage", false)
                    .set("updatedMessage", json("{\"msgContent\":{\"type\":\"text\",\"text\":\"v2\"},\"mentions\":{}}")));
            assertThat(seen).extracting(BotOutput::change, BotOutput::chat, o -> o.message().text())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(BotOutput.Change.SENT, "alice", "v1"),
                            org.assertj.core.groups.Tuple.tuple(BotOutput.Change.UPDATED, "alice", "v2"));
            assertThat(f.alice.messages()).filteredOn(m -> m.itemId() == id).singleElement()
                    .satisfies(m -> assertThat(m.edited()).isTrue());
        }
    }

    @Test
    void nextMessageTimesOutWithAClearError() {
        try (SimFixture f = new SimFixture()) {
            f.bob.nextMessage(WAIT);
            assertThatThrownBy(() -> f.bob.nextMessage(Duration.ofMillis(50)))
                    .isInstanceOf(SimTimeoutException.class).hasMessageContaining("bob got no message from the bot");
        }
    }
}
