package dev.simplexbot.net;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts as operators write them: {@code 10MB}, {@code 512KB}, {@code 1GB} or a plain number of bytes. */
public final class ByteSizes {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G|KIB|MIB|GIB)?");

    private ByteSizes() {}

    /** @throws IllegalArgumentException when {@code text} is not a size */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size (examples: 512KB, 10MB, 1048576)");
        }
        long unit = switch (m.group(2) == null ? "B" : m.group(2)) {
            case "KB", "K", "KIB" -> 1024L;
            case "MB", "M", "MIB" -> 1024L * 1024;
            case "GB", "G", "GIB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is too large a size");
        }
    }

    /** {@code 10 MB}, {@code 512 KB}, {@code 100 bytes}. */
    public static String human(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }
}
