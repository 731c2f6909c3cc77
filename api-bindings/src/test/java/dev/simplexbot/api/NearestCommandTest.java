package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines outside the docs point at the documented command they most likely meant. */
class NearestCommandTest {
    private static final NearestCommand NEAREST = new NearestCommand(ApiSpec.load());

    @Test
    void aLineThatStartsLikeADocumentedCommandPointsAtIt() {
        assertThat(method("/_send @1 text hello")).isEqualTo("apiSendMessages");
        assertThat(method("/_send @1 json {not json")).isEqualTo("apiSendMessages");
        assertThat(method("/_delete item @1 x")).isEqualTo("apiDeleteChatItem");
        assertThat(method("/_delete user 1 now")).isEqualTo("apiDeleteUser");
        assertThat(method("/_set custom #1 [1]")).isEqualTo("apiSetGroupCustomData");
        assertThat(method("/freceive 1 encrypt=maybe")).isEqualTo("receiveFile");
        assertThat(method("/user alice")).isEqualTo("showActiveUser");
    }

    @Test
    void aShortFormOrATypoPointsAtTheClosestFirstWord() {
        assertThat(method("/fr 1 /tmp/x")).isEqualTo("receiveFile");
        assertThat(method("/freceve 1")).isEqualTo("receiveFile");
        assertThat(method("/_sned @1 json []")).isEqualTo("apiSendMessages");
    }

    @Test
    void aLineLikeNoDocumentedCommandPointsNowhere() {
        assertThat(NEAREST.to("/_files_folder /tmp")).isEmpty();
        assertThat(NEAREST.to("/_db export {}")).isEmpty();
        assertThat(NEAREST.to("hello")).isEmpty();
        assertThat(NEAREST.to("")).isEmpty();
        assertThat(NEAREST.to("/x")).isEmpty();
    }

    private static String method(String line) {
        return NEAREST.to(line).map(CommandSpec::method).orElse("none");
    }
}
