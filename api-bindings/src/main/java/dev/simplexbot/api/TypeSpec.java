package dev.simplexbot.api;

import java.util.List;
import java.util.Optional;

/** A type of TYPES.md: a record, a discriminated union or an enum; some have their own command-line syntax. */
public sealed interface TypeSpec {
    String name();

    String description();

    /** Present for types that are written into command lines (ChatRef, ChatType, ...). */
    Optional<TypeSyntax> syntax();

    record RecordType(String name, String description, List<FieldSpec> fields, Optional<TypeSyntax> syntax)
            implements TypeSpec {}

    /** Variants are told apart by the JSON field {@code type}, whose value is the variant's {@code tag}. */
    record UnionType(String name, String description, List<Variant> variants, Optional<TypeSyntax> syntax)
            implements TypeSpec {

        public Optional<Variant> variant(String tag) {
            return variants.stream().filter(v -> v.tag().equals(tag)).findFirst();
        }
    }

    record EnumType(String name, String description, List<String> values, Optional<TypeSyntax> syntax)
            implements TypeSpec {}

    record Variant(String name, String tag, List<FieldSpec> fields) {}

    /** The docs' syntax line and the JavaScript expression that renders a value of the type. */
    record TypeSyntax(String syntax, String js) {}
}
