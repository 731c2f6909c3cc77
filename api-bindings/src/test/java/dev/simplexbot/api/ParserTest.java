package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Lines the simulator receives, read back into typed parameters; shared prefixes resolve deterministically. */
class ParserTest {
    private static final CommandParser PARSER = new CommandParser(ApiSpec.load());

    @Test
    void resolvesSharedPrefixes() {
        assertThat(parse("/_connect 1")).isEqualTo("apiAddContact {\"userId\":1,\"incognito\":false}");
        assertThat(parse("/_connect 1 incognito=on")).isEqualTo("apiAddContact {\"userId\":1,\"incognito\":true}");
        assertThat(parse("/_connect 1 https://l/1")).isEqualTo("apiConnect {\"userId\":1,\"incognito\":false,\"preparedLink_\":{\"connFullLink\":\"https://l/1\"}}");
        assertThat(parse("/_connect plan 1 https://l/1")).isEqualTo("apiConnectPlan {\"userId\":1,\"connectionLink\":\"https://l/1\"}");
        assertThat(parse("/_delete #3 messages")).isEqualTo("apiDeleteChat {\"chatRef\":{\"chatId\":3,\"chatType\":\"group\"},\"chatDeleteMode\":{\"type\":\"messages\"}}");
        assertThat(parse("/_delete @3 full notify=off")).isEqualTo("apiDeleteChat {\"chatRef\":{\"chatId\":3,\"chatType\":\"direct\"},\"chatDeleteMode\":{\"notify\":false,\"type\":\"full\"}}");
        assertThat(parse("/_delete link #3")).isEqualTo("apiDeleteGroupLink {\"groupId\":3}");
        assertThat(parse("/_delete user 2 del_smp=on")).isEqualTo("apiDeleteUser {\"userId\":2,\"delSMPQueues\":true}");
    }

    @Test
    void readsTypedValues() {
        assertThat(parse("/_send #7(_support:12) live=on ttl=30 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]"))
                .isEqualTo("apiSendMessages {\"sendRef\":{\"chatId\":7,\"chatScope\":{\"groupMemberId_\":12,\"type\":\"memberSupport\"},\"chatType\":\"group\"},"
                        + "\"liveMessage\":true,\"ttl\":30,\"composedMessages\":[{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]}");
        assertThat(parse("/freceive 5 inline=off /tmp/my file.txt"))
                .isEqualTo("receiveFile {\"fileId\":5,\"userApprovedRelays\":false,\"fileInline\":false,\"filePath\":\"/tmp/my file.txt\"}");
        assertThat(parse("/user")).isEqualTo("showActiveUser {}");
        assertThat(parse("/_start")).isEqualTo("startChat {\"mainApp\":false,\"enableSndFiles\":false}");
    }

    @Test
    void rejectsLinesOutsideTheDocs() {
        assertThatThrownBy(() -> PARSER.parse("/set bot commands")).isInstanceOf(CommandParseException.class)
                .hasMessageContaining("not a documented command");
        assertThatThrownBy(() -> PARSER.parse("/_send @1 json {broken")).isInstanceOf(CommandParseException.class);
        assertThatThrownBy(() -> PARSER.parse("/_delete 3 full")).isInstanceOf(CommandParseException.class);
    }

    @Test
    void candidatesAreTheCommandsALineStartsLike() {
        assertThat(PARSER.candidates("/_send @1 text hi")).extracting(CommandSpec::name).containsExactly("APISendMessages");
        assertThat(PARSER.candidates("/_delete item @1 1 broadcast")).extracting(CommandSpec::name)
                .containsExactlyInAnyOrder("APIDeleteChatItem", "APIDeleteChat");
        assertThat(PARSER.candidates("/_get chat @1 count=1")).isEmpty();
        assertThat(PARSER.candidates("hello")).isEmpty();
        // every command's lines start with a literal text, so a line parses only as one of its candidates
        assertThat(ApiSpec.load().commands()).allSatisfy(c -> assertThat(PARSER.candidates(c.syntax().split("[<\\[]")[0]))
                .as(c.name()).contains(c));
    }

    @Test
    void aJsonKeyGivenTwiceIsNoDocumentedCommand() {
        // the host would check one value and the CLI's JSON parser might use the other
        assertThatThrownBy(() -> PARSER.parse("/_send @1 json [{\"fileSource\":{\"filePath\":\"/ok\",\"filePath\":\"/etc/passwd\"},"
                + "\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]"))
                .isInstanceOf(CommandParseException.class).hasMessageContaining("not a documented command");
        assertThat(parse("/_send @1 json [{\"fileSource\":{\"filePath\":\"/ok\"},\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]"))
                .startsWith("apiSendMessages ");
    }

    private static String parse(String line) {
        ParsedCommand p = PARSER.parse(line);
        return p.command().method() + " " + p.params();
    }
}
