package dev.simplexbot.api;

/** The type of a parameter or field as the docs write it: a primitive, a named type, an array or a string-keyed map. */
public sealed interface TypeExpr {

    /** {@code int64}, {@code int}, {@code word32}, {@code double}, {@code bool}, {@code string}, {@code UTCTime} or {@code JSONObject}. */
    record Primitive(String kind) implements TypeExpr {
        public boolean isInteger() {
            return kind.equals("int64") || kind.equals("int") || kind.equals("word32");
        }

        @Override
        public String toString() {
            return kind;
        }
    }

    /** A type defined in TYPES.md. */
    record Ref(String name) implements TypeExpr {
        @Override
        public String toString() {
            return name;
        }
    }

    record ArrayOf(TypeExpr of) implements TypeExpr {
        @Override
        public String toString() {
            return "[" + of + "]";
        }
    }

    /** A JSON object with string keys. */
    record MapOf(TypeExpr of) implements TypeExpr {
        @Override
        public String toString() {
            return "{string : " + of + "}";
        }
    }
}
