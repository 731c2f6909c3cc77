package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** User profile commands: ShowActiveUser, CreateActiveUser, ListUsers, APISetActiveUser, APIDeleteUser, APIUpdateProfile, APISetContactPrefs. */
final class UserCommands {
    private final SimState state;

    UserCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("ShowActiveUser", p -> CommandResult.of(Responses.of("activeUser", state.activeUser())));
        dispatcher.register("CreateActiveUser", this::createActiveUser);
        dispatcher.register("ListUsers", p -> listUsers());
        dispatcher.register("APISetActiveUser", this::setActiveUser);
        dispatcher.register("APIDeleteUser", this::deleteUser);
        dispatcher.register("APIUpdateProfile", this::updateProfile);
        dispatcher.register("APISetContactPrefs", this::setContactPrefs);
    }

    /** Creates a user and makes it active; also used to create the bot user at start. */
    Entities.User createUser(ObjectNode profile) {
        String name = profile.path("displayName").asText("");
        if (name.isBlank() || !name.strip().equals(name) || name.contains(",") || name.startsWith("@") || name.startsWith("#")) {
            throw ChatErrors.chat(SimJson.typed("invalidDisplayName").put("displayName", name)
                    .put("validName", name.strip().replace(",", "").replaceAll("^[@#]+", "")));
        }
        if (state.users.values().stream().anyMatch(u -> u.displayName().equals(name))) {
            throw ChatErrors.chat(SimJson.typed("userExists").put("contactName", name));
        }
        ObjectNode stored = profile.deepCopy();
        if (!stored.has("fullName")) {
            stored.put("fullName", "");
        }
        Entities.User user = new Entities.User(state.nextId(), state.nextId(), state.nextId(), state.nextNoteFolderId(), stored);
        state.users.values().forEach(u -> u.active = false);
        user.active = true;
        state.users.put(user.userId, user);
        return user;
    }

    private CommandResult createActiveUser(ObjectNode params) {
        ObjectNode newUser = Params.object(params, "newUser");
        ObjectNode profile = newUser.has("profile") && newUser.get("profile").isObject()
                ? (ObjectNode) newUser.get("profile") : ProfileJson.profile("user" + (state.users.size() + 1));
        return CommandResult.of(Responses.of("activeUser", createUser(profile)));
    }

    private CommandResult listUsers() {
        ArrayNode users = SimJson.array();
        state.users.values().forEach(u -> users.add(UserJson.userInfo(u)));
        return CommandResult.of(SimJson.typed("usersList").set("users", users));
    }

    private CommandResult setActiveUser(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        state.users.values().forEach(u -> u.active = false);
        user.active = true;
        return CommandResult.of(Responses.of("activeUser", user));
    }

    private CommandResult deleteUser(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        if (state.users.size() == 1) {
            throw ChatErrors.chat(SimJson.typed("cantDeleteLastUser").put("userId", user.userId));
        }
        if (user.active) {
            throw ChatErrors.chat(SimJson.typed("cantDeleteActiveUser").put("userId", user.userId));
        }
        state.users.remove(user.userId);
        state.contacts.values().removeIf(c -> c.userId == user.userId);
        state.groups.values().removeIf(g -> g.userId == user.userId);
        state.items.values().removeIf(i -> i.userId == user.userId);
        return CommandResult.of(Responses.cmdOk(state.activeUser()));
    }

    private CommandResult updateProfile(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        ObjectNode profile = Params.object(params, "profile").deepCopy();
        if (profile.path("displayName").asText("").isBlank()) {
            throw ChatErrors.chat(SimJson.typed("invalidDisplayName").put("displayName", "").put("validName", ""));
        }
        if (!profile.has("fullName")) {
            profile.put("fullName", "");
        }
        if (profile.equals(user.profile)) {
            return CommandResult.of(Responses.of("userProfileNoChange", user));
        }
        ObjectNode from = user.profile;
        user.profile = profile;
        long contacts = state.contacts.values().stream().filter(c -> c.userId == user.userId && !c.deleted).count();
        ObjectNode response = Responses.of("userProfileUpdated", user);
        response.set("fromProfile", from);
        response.set("toProfile", profile.deepCopy());
        response.set("updateSummary", SimJson.object().put("updateSuccesses", contacts).put("updateFailures", 0)
                .set("changedContacts", SimJson.array()));
        return CommandResult.of(response);
    }

    private CommandResult setContactPrefs(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Contact contact = state.contact(user, Params.id(params, "contactId"));
        ObjectNode before = ContactJson.contact(contact, user);
        contact.userPreferences = Params.object(params, "preferences").deepCopy();
        contact.updatedAt = SimJson.now();
        ObjectNode response = Responses.of("contactPrefsUpdated", user);
        response.set("fromContact", before);
        response.set("toContact", ContactJson.contact(contact, user));
        return CommandResult.of(response);
    }
}
