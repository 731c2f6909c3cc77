package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Group links: create, set the role new members get, delete, get. */
final class GroupLinkCommands {
    private final SimState state;

    GroupLinkCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APICreateGroupLink", this::create);
        dispatcher.register("APIGroupLinkMemberRole", this::setRole);
        dispatcher.register("APIDeleteGroupLink", p -> {
            Entities.User user = state.activeUser();
            Entities.Group group = state.group(user, Params.id(p, "groupId"));
            link(group);
            GroupCommands.requireRole(group, GroupRole.ADMIN);
            group.link = null;
            return CommandResult.of(Responses.of("groupLinkDeleted", user).set("groupInfo", GroupJson.groupInfo(group)));
        });
        dispatcher.register("APIGetGroupLink", p -> {
            Entities.User user = state.activeUser();
            Entities.Group group = state.group(user, Params.id(p, "groupId"));
            return CommandResult.of(groupLink(user, group, link(group)));
        });
    }

    private static Entities.GroupLink link(Entities.Group group) {
        if (group.link == null) {
            throw ChatErrors.store(SimJson.typed("groupLinkNotFound").set("groupInfo", GroupJson.groupInfo(group)));
        }
        return group.link;
    }

    private static ObjectNode groupLink(Entities.User user, Entities.Group group, Entities.GroupLink link) {
        return Responses.of("groupLink", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group)).set("groupLink", LinkJson.groupLink(link));
    }

    private static GroupRole linkRole(Entities.Group group, ObjectNode params) {
        GroupRole role = Params.role(params, "memberRole");
        if (role != GroupRole.OBSERVER && role != GroupRole.MEMBER) {
            throw ChatErrors.chat(SimJson.typed("groupMemberInitialRole").<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .put("initialRole", role.json()));
        }
        return role;
    }

    private CommandResult create(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        GroupRole role = linkRole(group, params);
        GroupCommands.requireRole(group, GroupRole.ADMIN);
        if (group.link != null) {
            throw ChatErrors.store(SimJson.typed("duplicateGroupLink").set("groupInfo", GroupJson.groupInfo(group)));
        }
        long id = state.nextId();
        group.link = new Entities.GroupLink(id, state.newLink("group"), "sim-group-link-" + id, role);
        return CommandResult.of(Responses.of("groupLinkCreated", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .set("groupLink", LinkJson.groupLink(group.link)));
    }

    private CommandResult setRole(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        Entities.GroupLink link = link(group);
        link.acceptMemberRole = linkRole(group, params);
        return CommandResult.of(groupLink(user, group, link));
    }
}
