package dev.simplexbot.env;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The environment variables scripts may read as {@code bot.env}, from {@code --allow-env=NAME[,...]}. An entry
 * {@code BOT:NAME} limits a variable to the bot whose file is {@code BOT.js}. Nothing else of the environment is
 * readable.
 */
public final class EnvGrants {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern BOT_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final EnvGrants NONE = new EnvGrants(List.of());

    /** One variable, for every bot ({@code bot == null}) or one. */
    public record Entry(String bot, String variable) {}

    private final List<Entry> entries;

    private EnvGrants(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static EnvGrants none() {
        return NONE;
    }

    /** @throws IllegalArgumentException with one line naming the bad entry */
    public static EnvGrants parse(Collection<String> values) {
        List<Entry> parsed = new ArrayList<>();
        for (String value : values) {
            for (String raw : value.split(",", -1)) {
                String entry = raw.strip();
                int colon = entry.indexOf(':');
                String bot = colon < 0 ? null : entry.substring(0, colon);
                String variable = colon < 0 ? entry : entry.substring(colon + 1);
                if (bot != null && !BOT_NAME.matcher(bot).matches()) {
                    throw new IllegalArgumentException("invalid --allow-env entry '" + entry + "': '" + bot
                            + "' is not a bot name (a bot's file name without .js)");
                }
                if (!VARIABLE.matcher(variable).matches()) {
                    throw new IllegalArgumentException("invalid --allow-env entry '" + entry
                            + "': a variable name is letters, digits and '_', not starting with a digit (e.g. API_TOKEN)");
                }
                parsed.add(new Entry(bot, variable));
            }
        }
        return new EnvGrants(parsed);
    }

    public static EnvGrants parse(String... values) {
        return parse(List.of(values));
    }

    public EnvGrants plus(EnvGrants more) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new EnvGrants(all);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The granted variables that {@code environment} has, for {@code bot}; missing ones are left out. */
    public Map<String, String> valuesFor(String bot, Function<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.bot() == null || entry.bot().equals(bot)) {
                String value = environment.apply(entry.variable());
                if (value != null) {
                    values.put(entry.variable(), value);
                }
            }
        }
        return values;
    }

    /** Every granted value {@code environment} has, for any bot: what logs must never show. */
    public List<String> allValues(Function<String, String> environment) {
        return entries.stream().map(e -> environment.apply(e.variable())).filter(Objects::nonNull).distinct().toList();
    }
}
