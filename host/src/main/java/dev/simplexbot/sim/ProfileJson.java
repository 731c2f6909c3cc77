package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Profile, LocalProfile and preference shapes (Preferences, FullPreferences, ContactUserPreferences). */
final class ProfileJson {
    private static final String[] FEATURES = {"timedMessages", "fullDelete", "reactions", "voice", "files", "calls", "sessions"};
    private static final String[] DEFAULT_ALLOW = {"yes", "no", "yes", "yes", "always", "yes", "no"};

    private ProfileJson() {}

    private static final String[] INCOGNITO_ADJECTIVES = {"Quiet", "Brave", "Gentle", "Swift", "Curious", "Patient", "Bright", "Calm"};
    private static final String[] INCOGNITO_ANIMALS = {"Otter", "Heron", "Lynx", "Marten", "Finch", "Ibex", "Wren", "Gecko"};

    static ObjectNode profile(String displayName) {
        return SimJson.object().put("displayName", displayName).put("fullName", "");
    }

    /** A random-looking profile like the ones SimpleX makes for incognito connections ({@code QuietOtter42}). */
    static ObjectNode incognito(long seed) {
        int n = (int) (seed & 0x7fffffff);
        String name = INCOGNITO_ADJECTIVES[n % INCOGNITO_ADJECTIVES.length]
                + INCOGNITO_ANIMALS[(n / INCOGNITO_ADJECTIVES.length) % INCOGNITO_ANIMALS.length] + (n % 97);
        return profile(name);
    }

    static ObjectNode local(ObjectNode profile, long profileId) {
        ObjectNode local = profile.deepCopy();
        local.put("profileId", profileId);
        if (!local.has("fullName")) {
            local.put("fullName", "");
        }
        local.put("localAlias", "");
        return local;
    }

    /** FullPreferences: the profile's preferences with defaults filled in. */
    static ObjectNode full(ObjectNode profile) {
        JsonNode prefs = profile.path("preferences");
        ObjectNode full = SimJson.object();
        for (int i = 0; i < FEATURES.length; i++) {
            JsonNode own = prefs.get(FEATURES[i]);
            full.set(FEATURES[i], own != null && own.isObject() ? own.deepCopy() : SimJson.object().put("allow", DEFAULT_ALLOW[i]));
        }
        full.set("commands", commands(prefs));
        return full;
    }

    /** ContactUserPreferences: what the user allows merged with a person's defaults, plus the command menu. */
    static ObjectNode merged(ObjectNode userProfile, ObjectNode contactOverrides) {
        ObjectNode full = full(userProfile);
        ObjectNode merged = SimJson.object();
        for (String feature : FEATURES) {
            JsonNode override = contactOverrides.get(feature);
            JsonNode pref = override != null && override.isObject() ? override : full.get(feature);
            String allow = pref.path("allow").asText("yes");
            boolean forUser = !allow.equals("no");
            ObjectNode entry = SimJson.object();
            entry.set("enabled", SimJson.object().put("forUser", forUser).put("forContact", forUser));
            entry.set("userPreference", SimJson.typed(override != null ? "contact" : "user").set("preference", pref.deepCopy()));
            entry.set("contactPreference", SimJson.object().put("allow", "yes"));
            merged.set(feature, entry);
        }
        JsonNode commandsOverride = contactOverrides.get("commands");
        merged.set("commands", commandsOverride != null && commandsOverride.isArray() ? commandsOverride.deepCopy() : full.get("commands"));
        return merged;
    }

    static ArrayNode commands(JsonNode preferences) {
        JsonNode commands = preferences.path("commands");
        return commands.isArray() ? ((ArrayNode) commands).deepCopy() : SimJson.array();
    }

    static ObjectNode groupPreferences(ObjectNode groupProfile) {
        JsonNode own = groupProfile.path("groupPreferences");
        ObjectNode full = SimJson.object();
        full.set("timedMessages", SimJson.object().put("enable", "off"));
        full.set("directMessages", SimJson.object().put("enable", "on"));
        full.set("fullDelete", SimJson.object().put("enable", "off"));
        full.set("reactions", SimJson.object().put("enable", "on"));
        full.set("voice", SimJson.object().put("enable", "on"));
        full.set("files", SimJson.object().put("enable", "on"));
        full.set("simplexLinks", SimJson.object().put("enable", "on"));
        full.set("reports", SimJson.object().put("enable", "on"));
        full.set("history", SimJson.object().put("enable", "on"));
        full.set("sessions", SimJson.object().put("enable", "off"));
        full.set("commands", commands(own));
        own.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("commands") && e.getValue().isObject()) {
                full.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return full;
    }
}
