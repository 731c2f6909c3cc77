package dev.simplexbot.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.SimActions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the console's {@code /sim <action> [args]} into a simulator action and its JSON arguments. The person doing it
 * is you; {@code #group} names the group (default: the one you write to); {@code name=value} sets any parameter;
 * other words fill the remaining parameters in order, the last text taking the rest of the line. A message id can
 * be left out (your or the bot's last message here, as the action needs) or written as a number, {@code last} or
 * {@code ^2} (the one before the last).
 */
final class ActionLine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM_REF = Pattern.compile("\\d+|last|\\^.*");

    /** What the console knows that actions need: who you are, where you write, your and the bot's messages there. */
    interface Context {
        String you();

        /** The group you write to, or null in the direct chat. */
        String group();

        /** The id of the bot's {@code nth} last message where you write (1 = its last). */
        long botItem(int nth);

        /** The id of your {@code nth} last message where you write. */
        long ownItem(int nth);
    }

    record Parsed(SimActions.Action action, ObjectNode args) {}

    private final SimActions actions;

    ActionLine(SimActions actions) {
        this.actions = actions;
    }

    /** The action a console word names ({@code remove-member} or {@code removeMember}). */
    Optional<SimActions.Action> action(String word) {
        return actions.all().stream().filter(a -> a.word().equals(word) || a.name().equals(word)).findFirst();
    }

    Parsed parse(String line, Context context) {
        List<String> words = new ArrayList<>(Arrays.asList(line.strip().split("\\s+")));
        SimActions.Action action = action(words.get(0)).orElseThrow(() ->
                new IllegalArgumentException("no simulator action '" + words.get(0) + "': /sim lists them"));
        List<String> rest = words.subList(1, words.size()).stream().filter(w -> !w.isEmpty()).toList();
        ObjectNode args = JSON.createObjectNode();
        List<String> positional = new ArrayList<>();
        for (String word : rest) {
            int eq = word.indexOf('=');
            if (eq > 0 && action.param(word.substring(0, eq)).isPresent()) {
                SimActions.Param param = action.param(word.substring(0, eq)).orElseThrow();
                set(args, param, word.substring(eq + 1), context, action);
            } else if (word.startsWith("#") && word.length() > 1 && action.param("group").isPresent() && !args.has("group")) {
                args.put("group", word.substring(1));
            } else {
                positional.add(word);
            }
        }
        if (action.param("person").isPresent() && !args.has("person")) {
            args.put("person", context.you());
        }
        fillPositional(action, args, positional, context);
        if (action.param("group").isPresent() && !args.has("group") && context.group() != null) {
            args.put("group", context.group());
        }
        for (SimActions.Param param : action.params()) {
            if (!args.has(param.name()) && !param.optional() && isItem(param)) {
                set(args, param, "last", context, action);
            }
            if (!args.has(param.name()) && !param.optional()) {
                throw new IllegalArgumentException("/sim " + action.word() + " needs " + param.name() + " (" + param.help() + "); usage: "
                        + usage(action));
            }
        }
        return new Parsed(action, args);
    }

    private void fillPositional(SimActions.Action action, ObjectNode args, List<String> words, Context context) {
        List<SimActions.Param> open = action.params().stream()
                .filter(p -> !args.has(p.name()) && !p.name().equals("person") && !p.name().equals("group")).toList();
        int next = 0;
        for (int p = 0; p < open.size() && next < words.size(); p++) {
            SimActions.Param param = open.get(p);
            String word = words.get(next);
            if (isItem(param) && !ITEM_REF.matcher(word).matches()) {
                continue; // left out: the default applies
            }
            // A text takes the rest of the line unless a required or list parameter still follows it.
            boolean greedy = open.subList(p + 1, open.size()).stream().noneMatch(o -> !o.optional()
                    || o.kind() == SimActions.Kind.PEOPLE || o.kind() == SimActions.Kind.TEXTS);
            if (param.kind() == SimActions.Kind.PEOPLE || param.kind() == SimActions.Kind.TEXTS) {
                ArrayNode list = args.putArray(param.name());
                words.subList(next, words.size()).forEach(w -> list.add(param.kind() == SimActions.Kind.PEOPLE ? stripAt(w) : w));
                next = words.size();
            } else if (param.kind() == SimActions.Kind.TEXT && greedy) {
                args.put(param.name(), String.join(" ", words.subList(next, words.size())));
                next = words.size();
            } else {
                set(args, param, word, context, action);
                next++;
            }
        }
        if (next < words.size()) {
            throw new IllegalArgumentException("/sim " + action.word() + ": too many words (" + String.join(" ", words.subList(next, words.size()))
                    + "); usage: " + usage(action));
        }
    }

    private static boolean isItem(SimActions.Param param) {
        return param.kind() == SimActions.Kind.ITEM || param.kind() == SimActions.Kind.OWN_ITEM;
    }

    private static String stripAt(String word) {
        return word.startsWith("@") ? word.substring(1) : word;
    }

    private void set(ObjectNode args, SimActions.Param param, String word, Context context, SimActions.Action action) {
        String name = param.name();
        switch (param.kind()) {
            case PERSON -> args.put(name, stripAt(word));
            case PEOPLE -> {
                ArrayNode list = args.putArray(name);
                Arrays.stream(word.split(",")).filter(w -> !w.isEmpty()).forEach(w -> list.add(stripAt(w)));
            }
            case TEXTS -> {
                ArrayNode list = args.putArray(name);
                Arrays.stream(word.split(",")).forEach(list::add);
            }
            case GROUP -> args.put(name, word.startsWith("#") ? word.substring(1) : word);
            case FLAG -> args.put(name, flag(word, action, name));
            case NUMBER -> args.put(name, number(word, action, name));
            case ITEM, OWN_ITEM -> args.put(name, item(word, param.kind() == SimActions.Kind.OWN_ITEM, context, action, name));
            default -> args.put(name, word);
        }
    }

    private static boolean flag(String word, SimActions.Action action, String name) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "up" -> true;
            case "off", "false", "no", "down" -> false;
            default -> throw new IllegalArgumentException("/sim " + action.word() + ": " + name + " is on or off, got " + word);
        };
    }

    private static long number(String word, SimActions.Action action, String name) {
        try {
            return Long.parseLong(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("/sim " + action.word() + ": " + name + " is a whole number, got " + word);
        }
    }

    private static long item(String word, boolean own, Context context, SimActions.Action action, String name) {
        if (word.equals("last") || word.startsWith("^")) {
            int nth = word.length() > 1 && word.startsWith("^") ? (int) number(word.substring(1), action, name) : 1;
            return own ? context.ownItem(nth) : context.botItem(nth);
        }
        return number(word, action, name);
    }

    /** {@code /sim remove-member <member> [#group] [withMessages=on|off]}: how to write an action. */
    static String usage(SimActions.Action action) {
        StringBuilder usage = new StringBuilder("/sim ").append(action.word());
        for (SimActions.Param param : action.params()) {
            if (param.name().equals("person")) {
                continue;
            }
            String shown = switch (param.kind()) {
                case GROUP -> "#group";
                case FLAG -> param.name() + "=on|off";
                case CHOICE -> param.optional() ? param.name() + "=" + String.join("|", param.choices()) : String.join("|", param.choices());
                case ITEM, OWN_ITEM -> param.name() + "|last|^n";
                case PEOPLE, TEXTS -> param.name() + "...";
                default -> param.optional() ? param.name() + "=..." : param.name();
            };
            boolean bracket = param.optional() || param.kind() == SimActions.Kind.GROUP || param.kind() == SimActions.Kind.ITEM
                    || param.kind() == SimActions.Kind.OWN_ITEM;
            usage.append(bracket ? " [" : " <").append(shown).append(bracket ? "]" : ">");
        }
        return usage.toString();
    }
}
