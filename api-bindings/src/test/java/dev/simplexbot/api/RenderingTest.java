package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Command strings users will see, and the validation errors they get instead of a broken command line. */
class RenderingTest {
    private static final CommandRenderer RENDERER = new CommandRenderer(ApiSpec.load());

    @Test
    void rendersTheDocumentedVariations() {
        String msg = "[{\"msgContent\":{\"type\":\"text\",\"text\":\"hi \\\"there\\\" ü\"},\"mentions\":{}}]";
        assertThat(RENDERER.render("apiSendMessages",
                "{\"sendRef\":{\"chatType\":\"group\",\"chatId\":7,\"chatScope\":{\"type\":\"memberSupport\"}},\"liveMessage\":false,\"ttl\":0,\"composedMessages\":" + msg + "}"))
                .isEqualTo("/_send #7(_support) json " + msg);
        assertThat(RENDERER.render("APISendMessages",
                "{\"sendRef\":{\"chatType\":\"group\",\"chatId\":7,\"chatScope\":{\"type\":\"memberSupport\",\"groupMemberId_\":12}},\"liveMessage\":true,\"ttl\":30,\"composedMessages\":" + msg + "}"))
                .isEqualTo("/_send #7(_support:12) live=on ttl=30 json " + msg);
        assertThat(RENDERER.render("receiveFile", "{\"fileId\":3,\"userApprovedRelays\":false,\"storeEncrypted\":false}"))
                .isEqualTo("/freceive 3 encrypt=off");
        assertThat(RENDERER.render("apiDeleteChat", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":2},\"chatDeleteMode\":{\"type\":\"entity\",\"notify\":false}}"))
                .isEqualTo("/_delete @2 entity notify=off");
        assertThat(RENDERER.render("apiDeleteChatItem", "{\"chatRef\":{\"chatType\":\"local\",\"chatId\":1},\"chatItemIds\":[1,2,3],\"deleteMode\":\"internalMark\"}"))
                .isEqualTo("/_delete item *1 1,2,3 internalMark");
        assertThat(RENDERER.render("showActiveUser", (String) null)).isEqualTo("/user");
        assertThat(RENDERER.render("apiSetActiveUser", "{\"userId\":1,\"viewPwd\":\"a \\\"b\\\"\"}"))
                .isEqualTo("/_user 1 \"a \\\"b\\\"\"");
    }

    @Test
    void copiesJsonParametersVerbatimAndPrintsTreesLikeJavaScript() throws Exception {
        String data = "{\"b\":1,\"a\":[2.5,1e+21,\"\\u0001\"],\"é\":\"😀\"}";
        assertThat(RENDERER.render("apiSetContactCustomData", "{ \"contactId\" : 4 , \"customData\" : " + data + " }"))
                .isEqualTo("/_set custom @4 " + data);
        assertThat(RENDERER.render("apiSetContactCustomData", new ObjectMapper().readTree("{\"contactId\":4.0,\"customData\":" + data + "}")))
                .isEqualTo("/_set custom @4 " + data);
    }

    @Test
    void refusesAKeyGivenTwiceAtAnyDepth() {
        // JSON.stringify never prints one; the CLI's parser might keep the other value than the one checked
        assertThatThrownBy(() -> RENDERER.render("receiveFile", "{\"fileId\":1,\"userApprovedRelays\":false,\"fileId\":2}"))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("receiveFile: parameters are not valid JSON: the key 'fileId' appears twice in one object"));
        assertThatThrownBy(() -> RENDERER.render("apiSendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":1},"
                + "\"liveMessage\":false,\"composedMessages\":[{\"fileSource\":{\"filePath\":\"/ok\",\"filePath\":\"/etc/passwd\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]}"))
                .isInstanceOf(CommandValidationException.class).hasMessageContaining("the key 'filePath' appears twice");
    }

    @Test
    void nullMeansAbsent() {
        assertThat(RENDERER.render("apiListGroups", "{\"userId\":1,\"contactId_\":null,\"search\":null}")).isEqualTo("/_groups 1");
    }

    @Test
    void rejectsUnknownCommand() {
        assertThatThrownBy(() -> RENDERER.render("apiSendMessage", "{}"))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> {
                    assertThat(e.command()).isEqualTo("apiSendMessage");
                    assertThat(e.parameter()).isNull();
                })
                .hasMessageContaining("unknown command 'apiSendMessage'");
    }

    @Test
    void rejectsUnknownMissingAndWronglyTypedParametersNamingCommandAndParameter() {
        expectError("apiSendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":1},\"liveMessage\":false,\"composedMessages\":[],\"tll\":5}",
                "tll", "apiSendMessages: unknown parameter 'tll'");
        expectError("apiSendMessages", "{\"liveMessage\":false,\"composedMessages\":[]}",
                "sendRef", "apiSendMessages: parameter 'sendRef' is required");
        expectError("apiCreateMyAddress", "{\"userId\":\"1\"}", "userId", "apiCreateMyAddress: parameter 'userId' must be an integer");
        expectError("apiCreateMyAddress", "{\"userId\":1.5}", "userId", "must be an integer");
        expectError("apiCreateMyAddress", "{\"userId\":9007199254740992}", "userId", "must be an integer");
        expectError("apiSetProfileAddress", "{\"userId\":1,\"enable\":1}", "enable", "must be a boolean");
        expectError("apiAddMember", "{\"groupId\":1,\"contactId\":2,\"memberRole\":\"boss\"}", "memberRole", "must be one of observer, author, member");
        expectError("apiDeleteChat", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":1},\"chatDeleteMode\":{\"type\":\"all\"}}",
                "chatDeleteMode", "chatDeleteMode.type' must be one of full, entity, messages");
        expectError("apiDeleteChat", "{\"chatRef\":{\"chatType\":\"direct\"},\"chatDeleteMode\":{\"type\":\"messages\"}}",
                "chatRef", "'chatRef.chatId' is required");
        expectError("apiDeleteChatItem", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":1},\"chatItemIds\":[],\"deleteMode\":\"broadcast\"}",
                "chatItemIds", "must not be empty");
        expectError("apiConnectPlan", "{\"userId\":1}", "connectionLink", "required");
        expectError("apiUpdateProfile", "{\"userId\":1,\"profile\":\"me\"}", "profile", "must be an object (Profile)");
    }

    @Test
    void rejectsTextThatWouldBreakTheCommandLine() {
        expectError("apiListGroups", "{\"userId\":1,\"search\":\"a\\nb\"}", "search", "apiListGroups: parameter 'search' must not contain line breaks");
        expectError("receiveFile", "{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":\"/tmp/a\\r\"}", "filePath", "line breaks");
        expectError("connect", "{\"incognito\":false,\"connLink_\":\"https://a b\"}", "connLink_", "one word");
        expectError("apiConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"x y\"}}", "preparedLink_", "one word");
    }

    @Test
    void rejectsParametersThatAreNotOneObject() {
        expectError("apiCreateMyAddress", "[1]", null, "parameters must be an object");
        expectError("apiCreateMyAddress", "{\"userId\":1", null, "not valid JSON");
    }

    private static void expectError(String method, String params, String parameter, String message) {
        assertThatThrownBy(() -> RENDERER.render(method, params))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> {
                    assertThat(e.command()).isEqualTo(method);
                    assertThat(e.parameter()).isEqualTo(parameter);
                })
                .hasMessageContaining(message);
    }
}
