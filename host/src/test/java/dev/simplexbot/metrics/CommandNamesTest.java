package dev.simplexbot.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandRenderer;
import org.junit.jupiter.api.Test;

/** Metric labels for command lines: the docs name, derived from the spec, for every command. */
class CommandNamesTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private final CommandNames names = new CommandNames(SPEC);
    private final CommandRenderer renderer = new CommandRenderer(SPEC);

    @Test
    void everyDocumentedCommandIsNamedByItsDocsName() {
        assertThat(names.of(renderer.render("apiSendMessages", "{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":5},"
                + "\"liveMessage\":false,\"composedMessages\":[{\"msgContent\":{\"type\":\"text\",\"text\":\"hi /_delete item\"}}]}")))
                .isEqualTo("APISendMessages");
        assertThat(names.of(renderer.render("apiDeleteChatItem", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":5},"
                + "\"chatItemIds\":[1],\"deleteMode\":\"broadcast\"}"))).isEqualTo("APIDeleteChatItem");
        assertThat(names.of(renderer.render("apiDeleteChat", "{\"chatRef\":{\"chatType\":\"direct\",\"chatId\":5},"
                + "\"chatDeleteMode\":{\"type\":\"full\",\"notify\":true}}"))).isEqualTo("APIDeleteChat");
        assertThat(names.of(renderer.render("apiSetGroupCustomData", "{\"groupId\":3}"))).isEqualTo("APISetGroupCustomData");
        assertThat(names.of(renderer.render("apiSetContactCustomData", "{\"contactId\":3}"))).isEqualTo("APISetContactCustomData");
        assertThat(names.of(renderer.render("apiAddContact", "{\"userId\":1,\"incognito\":false}"))).isEqualTo("APIAddContact");
        assertThat(names.of(renderer.render("apiConnect", "{\"userId\":1,\"incognito\":false,\"preparedLink_\":"
                + "{\"connFullLink\":\"https://simplex.chat/contact#/?v=2\"}}"))).isEqualTo("APIConnect");
        assertThat(names.of(renderer.render("showActiveUser", (String) null))).isEqualTo("ShowActiveUser");
        assertThat(names.of(renderer.render("apiAcceptMember", "{\"groupId\":1,\"groupMemberId\":2,\"memberRole\":\"member\"}")))
                .isEqualTo("APIAcceptMember");
        assertThat(names.of(renderer.render("apiAcceptContact", "{\"contactReqId\":4}"))).isEqualTo("APIAcceptContact");
    }

    @Test
    void linesOutsideTheDocsAreOther() {
        assertThat(names.of("/set bot commands")).isEqualTo("other");
        assertThat(names.of("/x" + "y".repeat(50))).isEqualTo("other");
        assertThat(names.of("")).isEqualTo("other");
    }
}
