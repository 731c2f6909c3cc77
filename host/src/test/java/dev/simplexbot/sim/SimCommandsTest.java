package dev.simplexbot.sim;

import static dev.simplexbot.sim.SimFixture.directRef;
import static dev.simplexbot.sim.SimFixture.groupRef;
import static dev.simplexbot.sim.SimFixture.json;
import static dev.simplexbot.sim.SimFixture.params;
import static dev.simplexbot.sim.SimFixture.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented command, once with valid input (the docs' response type) and once with invalid input (a real ChatError). */
class SimCommandsTest {
    private static final long MISSING = 9999;

    /** A command run against a fresh fixture; {@code expected} is the response type, or {@code errorType/innerType} for chatCmdError. */
    record Case(String command, Function<SimFixture, ObjectNode> params, String expected) {
        @Override
        public String toString() {
            return command + " -> " + expected;
        }
    }

    private static Case valid(String command, Function<SimFixture, ObjectNode> params, String type) {
        return new Case(command, params, type);
    }

    static List<Case> validCases() {
        return List.of(
                valid("APICreateMyAddress", f -> {
                    f.ok("APIDeleteMyAddress", params().put("userId", f.userId));
                    return params().put("userId", f.userId);
                }, "userContactLinkCreated"),
                valid("APIDeleteMyAddress", f -> params().put("userId", f.userId), "userContactLinkDeleted"),
                valid("APIShowMyAddress", f -> params().put("userId", f.userId), "userContactLink"),
                valid("APISetProfileAddress", f -> params().put("userId", f.userId).put("enable", true), "userProfileUpdated"),
                valid("APISetAddressSettings", f -> params().put("userId", f.userId).set("settings", json("{\"businessAddress\":false}")), "userContactLinkUpdated"),
                valid("APISendMessages", f -> send(directRef(f.aliceContactId), "hi"), "newChatItems"),
                valid("APIUpdateChatItem", f -> update(directRef(f.aliceContactId), f.botItemId, "edited"), "chatItemUpdated"),
                valid("APIDeleteChatItem", f -> delete(directRef(f.aliceContactId), f.botItemId, "broadcast"), "chatItemsDeleted"),
                valid("APIDeleteMemberChatItem", f -> params().put("groupId", f.groupId).set("chatItemIds", SimJson.array().add(f.groupItemId)), "chatItemsDeleted"),
                valid("APIChatItemReaction", f -> reaction(directRef(f.aliceContactId), f.aliceItemId, true), "chatItemReaction"),
                valid("ReceiveFile", f -> params().put("fileId", f.aliceFileId).put("userApprovedRelays", true), "rcvFileAccepted"),
                valid("CancelFile", f -> params().put("fileId", f.aliceFileId), "rcvFileCancelled"),
                valid("APIAddMember", f -> params().put("groupId", f.groupId).put("contactId", f.contactId("bob")).put("memberRole", "member"), "sentGroupInvitation"),
                valid("APIJoinGroup", f -> params().put("groupId", invitedGroup(f)), "userAcceptedGroupSent"),
                valid("APIAcceptMember", f -> params().put("groupId", f.groupId).put("groupMemberId", pendingMember(f)).put("memberRole", "member"), "memberAccepted"),
                valid("APIMembersRole", f -> memberIds(f).put("memberRole", "admin"), "membersRoleUser"),
                valid("APIBlockMembersForAll", f -> memberIds(f).put("blocked", true), "membersBlockedForAllUser"),
                valid("APIRemoveMembers", f -> memberIds(f).put("withMessages", false), "userDeletedMembers"),
                valid("APILeaveGroup", f -> params().put("groupId", f.groupId), "leftMemberUser"),
                valid("APIListMembers", f -> params().put("groupId", f.groupId), "groupMembers"),
                valid("APINewGroup", f -> params().put("userId", f.userId).put("incognito", false).set("groupProfile", json("{\"displayName\":\"club\",\"fullName\":\"\"}")), "groupCreated"),
                valid("APIUpdateGroupProfile", f -> params().put("groupId", f.groupId).set("groupProfile", json("{\"displayName\":\"team2\",\"fullName\":\"\"}")), "groupUpdated"),
                valid("APICreateGroupLink", f -> params().put("groupId", f.groupId).put("memberRole", "member"), "groupLinkCreated"),
                valid("APIGroupLinkMemberRole", f -> withGroupLink(f).put("memberRole", "observer"), "groupLink"),
                valid("APIDeleteGroupLink", SimCommandsTest::withGroupLink, "groupLinkDeleted"),
                valid("APIGetGroupLink", SimCommandsTest::withGroupLink, "groupLink"),
                valid("APIAddContact", f -> params().put("userId", f.userId).put("incognito", false), "invitation"),
                valid("APIConnectPlan", f -> params().put("userId", f.userId).put("connectionLink", f.sim.person("dave").address()), "connectionPlan"),
                valid("APIConnect", f -> params().put("userId", f.userId).put("incognito", false)
                        .set("preparedLink_", params().put("connFullLink", f.sim.person("dave").address())), "sentInvitation"),
                valid("Connect", f -> params().put("incognito", false).put("connLink_", f.alice.address()), "contactAlreadyExists"),
                valid("APIAcceptContact", f -> params().put("contactReqId", contactRequest(f)), "acceptingContactRequest"),
                valid("APIRejectContact", f -> params().put("contactReqId", contactRequest(f)), "contactRequestRejected"),
                valid("APIListContacts", f -> params().put("userId", f.userId), "contactsList"),
                valid("APIListGroups", f -> params().put("userId", f.userId).put("contactId_", f.aliceContactId), "groupsList"),
                valid("APIDeleteChat", f -> params().<ObjectNode>set("chatRef", directRef(f.aliceContactId))
                        .set("chatDeleteMode", params().put("type", "full").put("notify", true)), "contactDeleted"),
                valid("APISetGroupCustomData", f -> params().put("groupId", f.groupId).set("customData", json("{\"k\":1}")), "cmdOk"),
                valid("APISetContactCustomData", f -> params().put("contactId", f.aliceContactId).set("customData", json("{\"k\":1}")), "cmdOk"),
                valid("APISetUserAutoAcceptMemberContacts", f -> params().put("userId", f.userId).put("onOff", true), "cmdOk"),
                valid("ShowActiveUser", f -> params(), "activeUser"),
                valid("CreateActiveUser", f -> params().set("newUser", json("{\"profile\":{\"displayName\":\"second\",\"fullName\":\"\"},\"pastTimestamp\":false}")), "activeUser"),
                valid("ListUsers", f -> params(), "usersList"),
                valid("APISetActiveUser", f -> params().put("userId", f.userId), "activeUser"),
                valid("APIDeleteUser", f -> params().put("userId", secondUserThenBackToBot(f)).put("delSMPQueues", false), "cmdOk"),
                valid("APIUpdateProfile", f -> params().put("userId", f.userId).set("profile", json(
                        "{\"displayName\":\"bot\",\"fullName\":\"\",\"peerType\":\"bot\",\"preferences\":{\"commands\":[{\"type\":\"command\",\"keyword\":\"help\",\"label\":\"Help\"}]}}")), "userProfileUpdated"),
                valid("APISetContactPrefs", f -> params().put("contactId", f.aliceContactId).set("preferences", json("{\"files\":{\"allow\":\"no\"}}")), "contactPrefsUpdated"),
                valid("StartChat", f -> params().put("mainApp", true).put("enableSndFiles", true), "chatRunning"),
                valid("APIStopChat", f -> params(), "chatStopped"));
    }

    static List<Case> invalidCases() {
        return List.of(
                valid("APICreateMyAddress", f -> params().put("userId", f.userId), "errorStore/duplicateContactLink"),
                valid("APIDeleteMyAddress", f -> params().put("userId", MISSING), "errorStore/userNotFound"),
                valid("APIShowMyAddress", f -> {
                    f.ok("APIDeleteMyAddress", params().put("userId", f.userId));
                    return params().put("userId", f.userId);
                }, "errorStore/userContactLinkNotFound"),
                valid("APISetProfileAddress", f -> params().put("userId", MISSING).put("enable", true), "errorStore/userNotFound"),
                valid("APISetAddressSettings", f -> params().put("userId", MISSING).set("settings", json("{\"businessAddress\":false}")), "errorStore/userNotFound"),
                valid("APISendMessages", f -> send(directRef(MISSING), "hi"), "errorStore/contactNotFound"),
                valid("APIUpdateChatItem", f -> update(directRef(f.aliceContactId), f.aliceItemId, "not mine"), "error/invalidChatItemUpdate"),
                valid("APIDeleteChatItem", f -> delete(directRef(f.aliceContactId), MISSING, "broadcast"), "errorStore/chatItemNotFound"),
                valid("APIDeleteMemberChatItem", f -> params().put("groupId", MISSING).set("chatItemIds", SimJson.array().add(f.groupItemId)), "errorStore/groupNotFound"),
                valid("APIChatItemReaction", f -> reaction(directRef(f.aliceContactId), MISSING, true), "errorStore/chatItemNotFound"),
                valid("ReceiveFile", f -> params().put("fileId", MISSING).put("userApprovedRelays", false), "errorStore/rcvFileNotFound"),
                valid("CancelFile", f -> {
                    f.ok("ReceiveFile", params().put("fileId", f.aliceFileId).put("userApprovedRelays", true));
                    return params().put("fileId", f.aliceFileId);
                }, "error/fileCancel"),
                valid("APIAddMember", f -> params().put("groupId", f.groupId).put("contactId", MISSING).put("memberRole", "member"), "errorStore/contactNotFound"),
                valid("APIJoinGroup", f -> params().put("groupId", f.groupId), "errorStore/groupAlreadyJoined"),
                valid("APIAcceptMember", f -> params().put("groupId", f.groupId).put("groupMemberId", f.aliceMemberId).put("memberRole", "member"), "error/groupMemberNotActive"),
                valid("APIMembersRole", f -> params().put("groupId", f.groupId).put("memberRole", "admin").set("groupMemberIds", SimJson.array().add(MISSING)), "errorStore/groupMemberNotFound"),
                valid("APIBlockMembersForAll", f -> {
                    long group = memberGroup(f);
                    long member = f.ok("APIListMembers", params().put("groupId", group)).at("/group/members/0/groupMemberId").asLong();
                    return params().put("groupId", group).put("blocked", true).set("groupMemberIds", SimJson.array().add(member));
                }, "error/groupUserRole"),
                valid("APIRemoveMembers", f -> params().put("groupId", f.groupId).put("withMessages", false).set("groupMemberIds", SimJson.array().add(MISSING)), "error/groupMemberNotFound"),
                valid("APILeaveGroup", f -> params().put("groupId", MISSING), "errorStore/groupNotFound"),
                valid("APIListMembers", f -> params().put("groupId", MISSING), "errorStore/groupNotFound"),
                valid("APINewGroup", f -> params().put("userId", f.userId).put("incognito", false).set("groupProfile", json("{\"displayName\":\" \",\"fullName\":\"\"}")), "error/invalidDisplayName"),
                valid("APIUpdateGroupProfile", f -> params().put("groupId", memberGroup(f)).set("groupProfile", json("{\"displayName\":\"x\",\"fullName\":\"\"}")), "error/groupUserRole"),
                valid("APICreateGroupLink", f -> params().put("groupId", memberGroup(f)).put("memberRole", "member"), "error/groupUserRole"),
                valid("APIGroupLinkMemberRole", f -> params().put("groupId", f.groupId).put("memberRole", "member"), "errorStore/groupLinkNotFound"),
                valid("APIDeleteGroupLink", f -> params().put("groupId", f.groupId), "errorStore/groupLinkNotFound"),
                valid("APIGetGroupLink", f -> params().put("groupId", MISSING), "errorStore/groupNotFound"),
                valid("APIAddContact", f -> params().put("userId", MISSING).put("incognito", false), "errorStore/userNotFound"),
                valid("APIConnectPlan", f -> params().put("userId", f.userId).put("connectionLink", "not a link"), "error/invalidConnReq"),
                valid("APIConnect", f -> params().put("userId", f.userId).put("incognito", false).set("preparedLink_", params().put("connFullLink", "nope")), "error/invalidConnReq"),
                valid("Connect", f -> params().put("incognito", false), "error/invalidConnReq"),
                valid("APIAcceptContact", f -> params().put("contactReqId", MISSING), "errorStore/contactRequestNotFound"),
                valid("APIRejectContact", f -> params().put("contactReqId", MISSING), "errorStore/contactRequestNotFound"),
                valid("APIListContacts", f -> params().put("userId", MISSING), "errorStore/userNotFound"),
                valid("APIListGroups", f -> params().put("userId", f.userId).put("contactId_", MISSING), "errorStore/contactNotFound"),
                valid("APIDeleteChat", f -> params().<ObjectNode>set("chatRef", groupRef(MISSING)).set("chatDeleteMode", params().put("type", "full").put("notify", true)), "errorStore/groupNotFound"),
                valid("APISetGroupCustomData", f -> params().put("groupId", MISSING), "errorStore/groupNotFound"),
                valid("APISetContactCustomData", f -> params().put("contactId", MISSING), "errorStore/contactNotFound"),
                valid("APISetUserAutoAcceptMemberContacts", f -> params().put("userId", MISSING).put("onOff", true), "errorStore/userNotFound"),
                valid("ShowActiveUser", f -> {
                    f.ok("APIStopChat", params());
                    return params().put("unused", true);
                }, "activeUser"),
                valid("CreateActiveUser", f -> params().set("newUser", json("{\"profile\":{\"displayName\":\"bot\",\"fullName\":\"\"},\"pastTimestamp\":false}")), "error/userExists"),
                valid("ListUsers", f -> {
                    f.ok("APIStopChat", params());
                    return params();
                }, "usersList"),
                valid("APISetActiveUser", f -> params().put("userId", MISSING), "errorStore/userNotFound"),
                valid("APIDeleteUser", f -> params().put("userId", f.userId).put("delSMPQueues", false), "error/cantDeleteLastUser"),
                valid("APIUpdateProfile", f -> params().put("userId", MISSING).set("profile", json("{\"displayName\":\"bot\",\"fullName\":\"\"}")), "errorStore/userNotFound"),
                valid("APISetContactPrefs", f -> params().put("contactId", MISSING).set("preferences", json("{}")), "errorStore/contactNotFound"),
                valid("StartChat", f -> {
                    f.ok("APIStopChat", params());
                    return params().put("mainApp", true).put("enableSndFiles", true);
                }, "chatStarted"),
                valid("APIStopChat", f -> params(), "chatStopped"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validInputGetsTheDocumentedResponse(Case c) {
        assertCase(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidInputGetsARealChatError(Case c) {
        assertCase(c);
    }

    @Test
    void bothTablesCoverAll47Commands() {
        try (SimFixture f = new SimFixture()) {
            Set<String> registered = f.sim.commandNames();
            assertThat(registered).hasSize(47);
            assertThat(validCases().stream().map(Case::command).collect(Collectors.toSet())).isEqualTo(registered);
            assertThat(invalidCases().stream().map(Case::command).collect(Collectors.toSet())).isEqualTo(registered);
        }
    }

    @Test
    void aFreshSimulatorHasNoActiveUser() {
        try (Simulator sim = Simulator.create()) {
            JsonNode response = sim.execute("ShowActiveUser", params()).response();
            assertThat(response.at("/chatError/errorType/type").asText()).isEqualTo("noActiveUser");
            JsonNode created = sim.execute("CreateActiveUser", params().set("newUser", json("{\"profile\":{\"displayName\":\"b\",\"fullName\":\"\"},\"pastTimestamp\":false}"))).response();
            assertThat(created.at("/user/activeUser").asBoolean()).isTrue();
            assertThat(sim.execute("ShowActiveUser", params()).responseType()).isEqualTo("activeUser");
        }
    }

    @Test
    void aStoppedChatRefusesMessagingCommands() {
        try (SimFixture f = new SimFixture()) {
            f.ok("APIStopChat", params());
            JsonNode refused = f.run("APISendMessages", send(directRef(f.aliceContactId), "hi")).response();
            assertThat(refused.at("/chatError/errorType/type").asText()).isEqualTo("chatNotStarted");
        }
    }

    private static void assertCase(Case c) {
        try (SimFixture f = new SimFixture()) {
            ObjectNode params = c.params().apply(f);
            CommandResult result = f.run(c.command(), params);
            JsonNode response = result.response();
            if (c.expected().contains("/")) {
                String[] error = c.expected().split("/");
                assertThat(response.path("type").asText()).as(response.toString()).isEqualTo("chatCmdError");
                JsonNode chatError = response.get("chatError");
                assertThat(chatError.path("type").asText()).as(response.toString()).isEqualTo(error[0]);
                String inner = error[0].equals("errorStore") ? "storeError" : "errorType";
                assertThat(chatError.path(inner).path("type").asText()).as(response.toString()).isEqualTo(error[1]);
            } else {
                assertThat(response.path("type").asText()).as(response.toString()).isEqualTo(c.expected());
                if (response.has("user")) {
                    assertThat(response.at("/user/profile/displayName").isTextual()).isTrue();
                }
            }
        }
    }

    private static ObjectNode update(ObjectNode ref, long itemId, String text) {
        return params().<ObjectNode>set("chatRef", ref).put("chatItemId", itemId).put("liveMessage", false)
                .set("updatedMessage", json("{\"msgContent\":{\"type\":\"text\",\"text\":\"" + text + "\"},\"mentions\":{}}"));
    }

    private static ObjectNode delete(ObjectNode ref, long itemId, String mode) {
        return params().<ObjectNode>set("chatRef", ref).<ObjectNode>set("chatItemIds", SimJson.array().add(itemId)).put("deleteMode", mode);
    }

    private static ObjectNode reaction(ObjectNode ref, long itemId, boolean add) {
        return params().<ObjectNode>set("chatRef", ref).put("chatItemId", itemId).put("add", add)
                .set("reaction", json("{\"type\":\"emoji\",\"emoji\":\"👍\"}"));
    }

    private static ObjectNode memberIds(SimFixture f) {
        return params().put("groupId", f.groupId).set("groupMemberIds", SimJson.array().add(f.aliceMemberId));
    }

    private static ObjectNode withGroupLink(SimFixture f) {
        f.ok("APICreateGroupLink", params().put("groupId", f.groupId).put("memberRole", "member"));
        return params().put("groupId", f.groupId);
    }

    /** A group alice owns that invited the bot, not joined yet. */
    private static long invitedGroup(SimFixture f) {
        return f.sim.findGroup("alices").orElseGet(() -> f.sim.group("alices", GroupRole.MEMBER, false, f.alice, f.bob)).groupId();
    }

    /** A group alice owns where the bot is a plain member. */
    private static long memberGroup(SimFixture f) {
        return f.sim.group("members", f.alice, f.bob).groupId();
    }

    private static long pendingMember(SimFixture f) {
        f.ok("APIUpdateGroupProfile", params().put("groupId", f.groupId).set("groupProfile",
                json("{\"displayName\":\"team\",\"fullName\":\"\",\"memberAdmission\":{\"review\":\"all\"}}")));
        f.ok("APICreateGroupLink", params().put("groupId", f.groupId).put("memberRole", "member"));
        f.bob.joinViaGroupLink(new SimGroup("team", f.groupId));
        return f.lastEvent("joinedGroupMember").at("/member/groupMemberId").asLong();
    }

    private static long contactRequest(SimFixture f) {
        f.ok("APISetAddressSettings", params().put("userId", f.userId).set("settings", json("{\"businessAddress\":false}")));
        assertThat(f.sim.person("carol").connectToBot()).isEqualTo(ConnectResult.PENDING);
        return f.lastEvent("receivedContactRequest").at("/contactRequest/contactRequestId").asLong();
    }

    private static long secondUserThenBackToBot(SimFixture f) {
        long second = f.ok("CreateActiveUser", params().set("newUser", json("{\"profile\":{\"displayName\":\"second\",\"fullName\":\"\"},\"pastTimestamp\":false}")))
                .at("/user/userId").asLong();
        f.ok("APISetActiveUser", params().put("userId", f.userId));
        return second;
    }
}
