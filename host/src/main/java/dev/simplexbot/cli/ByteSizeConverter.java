package dev.simplexbot.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a size: {@code 65536} (bytes), {@code 512k}, {@code 64m}, {@code 1g} (powers of 1024; a trailing B is fine). */
public final class ByteSizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)b?");

    @Override
    public Long convert(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a size (examples: 65536, 512k, 64m, 1g)");
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        long amount;
        try {
            amount = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large a size");
        }
        if (amount == 0) {
            throw new TypeConversionException("'" + value + "' must be larger than zero");
        }
        if (amount > (Long.MAX_VALUE >> shift)) {
            throw new TypeConversionException("'" + value + "' is too large a size");
        }
        return amount << shift;
    }
}
