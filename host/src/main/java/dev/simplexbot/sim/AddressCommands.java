package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The bot's contact address: create, delete, show, put into the profile, settings (auto-accept, welcome). */
final class AddressCommands {
    private final SimState state;

    AddressCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APICreateMyAddress", this::create);
        dispatcher.register("APIDeleteMyAddress", this::delete);
        dispatcher.register("APIShowMyAddress", p -> {
            Entities.User user = state.user(Params.id(p, "userId"));
            return CommandResult.of(Responses.of("userContactLink", user).set("contactLink", LinkJson.userContactLink(address(user))));
        });
        dispatcher.register("APISetProfileAddress", this::setProfileAddress);
        dispatcher.register("APISetAddressSettings", this::setSettings);
    }

    private static Entities.Address address(Entities.User user) {
        if (user.address == null) {
            throw ChatErrors.store("userContactLinkNotFound");
        }
        return user.address;
    }

    private CommandResult create(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        if (user.address != null) {
            throw ChatErrors.store("duplicateContactLink");
        }
        user.address = new Entities.Address(state.nextId(), state.newLink("contact"), SimJson.object().put("businessAddress", false));
        return CommandResult.of(Responses.of("userContactLinkCreated", user).set("connLinkContact", LinkJson.createdConnLink(user.address.link)));
    }

    private CommandResult delete(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        address(user);
        user.address = null;
        user.profile.remove("contactLink");
        return CommandResult.of(Responses.of("userContactLinkDeleted", user));
    }

    private CommandResult setProfileAddress(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        boolean enable = Params.flag(params, "enable");
        ObjectNode from = user.profile.deepCopy();
        if (enable) {
            user.profile.put("contactLink", address(user).link.shortLink());
        } else {
            user.profile.remove("contactLink");
        }
        ObjectNode response = Responses.of("userProfileUpdated", user);
        response.set("fromProfile", from);
        response.set("toProfile", user.profile.deepCopy());
        response.set("updateSummary", SimJson.object().put("updateSuccesses", 0).put("updateFailures", 0).set("changedContacts", SimJson.array()));
        return CommandResult.of(response);
    }

    private CommandResult setSettings(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        Entities.Address address = address(user);
        ObjectNode settings = Params.object(params, "settings").deepCopy();
        if (!settings.has("businessAddress")) {
            settings.put("businessAddress", false);
        }
        address.settings = settings;
        return CommandResult.of(Responses.of("userContactLinkUpdated", user).set("contactLink", LinkJson.userContactLink(address)));
    }
}
