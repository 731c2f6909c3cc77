package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spec holds exactly the documented commands, events and types, with the JS method names of the contract. */
class SpecTest {
    private static final ApiSpec SPEC = ApiSpec.load();

    @Test
    void holdsExactlyTheFortySevenDocumentedCommands() {
        assertThat(SPEC.commands()).extracting(CommandSpec::name).containsExactly(
            "APICreateMyAddress", "APIDeleteMyAddress", "APIShowMyAddress", "APISetProfileAddress",
            "APISetAddressSettings", "APISendMessages", "APIUpdateChatItem", "APIDeleteChatItem",
            "APIDeleteMemberChatItem", "APIChatItemReaction", "ReceiveFile", "CancelFile", "APIAddMember",
            "APIJoinGroup", "APIAcceptMember", "APIMembersRole", "APIBlockMembersForAll", "APIRemoveMembers",
            "APILeaveGroup", "APIListMembers", "APINewGroup", "APIUpdateGroupProfile", "APICreateGroupLink",
            "APIGroupLinkMemberRole", "APIDeleteGroupLink", "APIGetGroupLink", "APIAddContact", "APIConnectPlan",
            "APIConnect", "Connect", "APIAcceptContact", "APIRejectContact", "APIListContacts", "APIListGroups",
            "APIDeleteChat", "APISetGroupCustomData", "APISetContactCustomData",
            "APISetUserAutoAcceptMemberContacts", "ShowActiveUser", "CreateActiveUser", "ListUsers",
            "APISetActiveUser", "APIDeleteUser", "APIUpdateProfile", "APISetContactPrefs", "StartChat",
            "APIStopChat");
    }

    @Test
    void holdsExactlyTheFortyEightDocumentedEvents() {
        assertThat(SPEC.events()).extracting(EventSpec::name).containsExactly(
            "ContactConnected", "ContactUpdated", "ContactDeletedByContact", "ReceivedContactRequest",
            "NewMemberContactReceivedInv", "ContactSndReady", "NewChatItems", "ChatItemReaction", "ChatItemsDeleted",
            "ChatItemUpdated", "GroupChatItemsDeleted", "ChatItemsStatusesUpdated", "ReceivedGroupInvitation",
            "UserJoinedGroup", "GroupUpdated", "JoinedGroupMember", "MemberRole", "DeletedMember", "LeftMember",
            "DeletedMemberUser", "GroupDeleted", "ConnectedToGroupMember", "MemberAcceptedByOther",
            "MemberBlockedForAll", "GroupMemberUpdated", "RcvFileDescrReady", "RcvFileComplete",
            "SndFileCompleteXFTP", "RcvFileStart", "RcvFileSndCancelled", "RcvFileAccepted", "RcvFileError",
            "RcvFileWarning", "SndFileError", "SndFileWarning", "AcceptingContactRequest",
            "AcceptingBusinessRequest", "ContactConnecting", "BusinessLinkConnecting", "JoinedGroupMemberConnecting",
            "SentGroupInvitation", "GroupLinkConnecting", "HostConnected", "HostDisconnected", "SubscriptionStatus",
            "MessageError", "ChatError", "ChatErrors");
    }

    @Test
    void methodNamesLowercaseTheLeadingCapitalsAsOneWord() {
        assertThat(List.of("APISendMessages", "ShowActiveUser", "ReceiveFile", "Connect", "APIGetGroupLink"))
                .map(n -> SPEC.command(n).orElseThrow().method())
                .containsExactly("apiSendMessages", "showActiveUser", "receiveFile", "connect", "apiGetGroupLink");
        assertThat(SPEC.command("apiSendMessages")).isEqualTo(SPEC.command("APISendMessages"));
        assertThat(SPEC.command("nope")).isEmpty();
    }

    @Test
    void holdsAllTypesWithTheirKindsAndSyntax() {
        assertThat(SPEC.types()).hasSize(172);
        assertThat(SPEC.types()).filteredOn(t -> t.syntax().isPresent()).extracting(TypeSpec::name)
                .containsExactlyInAnyOrder("ChatRef", "ChatType", "GroupChatScope", "ChatDeleteMode", "CreatedConnLink");
        assertThat(SPEC.type("ChatType").orElseThrow()).isInstanceOfSatisfying(TypeSpec.EnumType.class,
                e -> assertThat(e.values()).containsExactly("direct", "group", "local"));
        assertThat(SPEC.type("ChatDeleteMode").orElseThrow()).isInstanceOfSatisfying(TypeSpec.UnionType.class,
                u -> assertThat(u.variants()).extracting(TypeSpec.Variant::tag).containsExactly("full", "entity", "messages"));
    }

    @Test
    void readsParametersResponsesAndQuirks() {
        CommandSpec send = SPEC.command("apiSendMessages").orElseThrow();
        assertThat(send.params()).containsExactly(
                new ParamSpec("sendRef", new TypeExpr.Ref("ChatRef"), false),
                new ParamSpec("liveMessage", new TypeExpr.Primitive("bool"), false),
                new ParamSpec("ttl", new TypeExpr.Primitive("int"), true),
                new ParamSpec("composedMessages", new TypeExpr.ArrayOf(new TypeExpr.Ref("ComposedMessage")), false));
        assertThat(send.responses()).extracting(ResponseSpec::type).containsExactly("newChatItems", "chatCmdError");
        assertThat(send.group()).isEqualTo("Message commands");
        assertThat(send.network()).isEqualTo("background");
        assertThat(SPEC.command("showActiveUser").orElseThrow().js()).isEqualTo("'/user'");
        assertThat(SPEC.command("startChat").orElseThrow().js()).isEqualTo("'/_start'");
        assertThat(SPEC.command("apiSetGroupCustomData").orElseThrow().param("customData").orElseThrow())
                .isEqualTo(new ParamSpec("customData", new TypeExpr.Primitive("JSONObject"), true));
        assertThat(SPEC.command("apiUpdateChatItem").orElseThrow().errors()).extracting(ErrorSpec::name)
                .containsExactly("InvalidChatItemUpdate");
        assertThat(SPEC.event("newChatItems").orElseThrow().fields()).extracting(FieldSpec::name)
                .containsExactly("user", "chatItems");
    }
}
