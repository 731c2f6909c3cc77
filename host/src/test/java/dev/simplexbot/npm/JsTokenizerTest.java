package dev.simplexbot.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.npm.JsToken.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsTokenizerTest {
    private static List<String> texts(String source) {
        return JsTokenizer.tokenize(source).stream().map(t -> t.kind() + ":" + t.text()).toList();
    }

    @Test
    void commentsAreSkippedAndStringsDecoded() {
        assertThat(texts("// import x from 'no'\n/* export * */ require('a\\x2fb\\u0063\\n')"))
                .containsExactly("NAME:require", "PUNCTUATOR:(", "STRING:a/bc\n", "PUNCTUATOR:)");
    }

    @Test
    void aSlashAfterAValueDividesAndElsewhereStartsARegularExpression() {
        assertThat(texts("a = b / c / d; e = /'/.test(f);"))
                .contains("PUNCTUATOR:/", "REGEX:/'/")
                .doesNotContain("STRING:/.test(f);");
        assertThat(texts("if (x) /\"/.test(y); z = (x) / 2;"))
                .contains("REGEX:/\"/", "NUMBER:2");
        assertThat(texts("return /[/]'/g;")).contains("REGEX:/[/]'/g");
    }

    @Test
    void afterABlockARegularExpressionFollowsAfterAnObjectADivision() {
        assertThat(texts("function f() {}\n/'/.test(s)")).contains("REGEX:/'/");
        assertThat(texts("x = {a: 1} / 2; y = '/'")).contains("PUNCTUATOR:/", "STRING:/");
    }

    @Test
    void templatesKeepTheirSubstitutionsAsCode() {
        List<JsToken> tokens = JsTokenizer.tokenize("`a ${require('x') + `n${1}`} 'b` + c");
        assertThat(tokens).extracting(JsToken::kind).containsExactly(Kind.TEMPLATE, Kind.NAME, Kind.PUNCTUATOR,
                Kind.STRING, Kind.PUNCTUATOR, Kind.PUNCTUATOR, Kind.TEMPLATE, Kind.NUMBER, Kind.TEMPLATE, Kind.TEMPLATE,
                Kind.PUNCTUATOR, Kind.NAME);
        assertThat(tokens.get(3).text()).isEqualTo("x");
    }

    @Test
    void optionalChainingIsOnePunctuatorButAConditionalBeforeANumberIsNot() {
        assertThat(texts("a?.b; c?.5:1")).containsSubsequence("NAME:a", "PUNCTUATOR:?.", "NAME:b", "NAME:c",
                "PUNCTUATOR:?", "NUMBER:.5");
    }

    @Test
    void aHashbangLineIsSkipped() {
        assertThat(texts("#!/usr/bin/env node\nexports.x = 1")).first().isEqualTo("NAME:exports");
    }
}
