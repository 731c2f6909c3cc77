package dev.simplexbot.npm;

/**
 * One token of JavaScript source as {@link JsTokenizer} reads it.
 *
 * @param kind what the token is
 * @param text the name, the punctuator, or a string literal's decoded value (other kinds keep their source text)
 * @param start the offset of the token's first character in the source
 */
record JsToken(Kind kind, String text, int start) {
    enum Kind { NAME, STRING, NUMBER, PUNCTUATOR, TEMPLATE, REGEX }

    boolean isName(String name) {
        return kind == Kind.NAME && text.equals(name);
    }

    boolean isPunctuator(String punctuator) {
        return kind == Kind.PUNCTUATOR && text.equals(punctuator);
    }

    /** {@code .} or {@code ?.}: the next name is a property, not a variable or keyword. */
    boolean isMemberAccess() {
        return kind == Kind.PUNCTUATOR && (text.equals(".") || text.equals("?."));
    }
}
