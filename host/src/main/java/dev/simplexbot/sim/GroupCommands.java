package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Group management: create, invite, join, accept, roles, blocks, removal, leaving, listing, profile. */
final class GroupCommands {
    private final SimState state;

    GroupCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APINewGroup", this::newGroup);
        dispatcher.register("APIAddMember", this::addMember);
        dispatcher.register("APIJoinGroup", this::join);
        dispatcher.register("APIAcceptMember", this::acceptMember);
        dispatcher.register("APIMembersRole", this::membersRole);
        dispatcher.register("APIBlockMembersForAll", this::block);
        dispatcher.register("APIRemoveMembers", this::remove);
        dispatcher.register("APILeaveGroup", this::leave);
        dispatcher.register("APIListMembers", p -> {
            Entities.User user = state.activeUser();
            Entities.Group group = state.group(user, Params.id(p, "groupId"));
            return CommandResult.of(Responses.of("groupMembers", user).set("group", GroupJson.group(group)));
        });
        dispatcher.register("APIUpdateGroupProfile", this::updateProfile);
    }

    static void requireRole(Entities.Group group, GroupRole role) {
        if (!group.membership.active() || !group.membership.role.atLeast(role)) {
            throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), role);
        }
    }

    static void checkDisplayName(ObjectNode profile) {
        String name = profile.path("displayName").asText("");
        if (name.isBlank() || !name.strip().equals(name)) {
            throw ChatErrors.chat(SimJson.typed("invalidDisplayName").put("displayName", name).put("validName", name.strip()));
        }
        if (!profile.has("fullName")) {
            profile.put("fullName", "");
        }
    }

    private CommandResult newGroup(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        ObjectNode profile = Params.object(params, "groupProfile").deepCopy();
        checkDisplayName(profile);
        Entities.Group group = new Entities.Group(state.nextId(), user.userId, profile);
        state.groups.put(group.groupId, group);
        group.membership = state.addMember(group, null, GroupRole.OWNER, "creator", "user", null, false);
        group.members.remove(group.membership);
        return CommandResult.of(Responses.of("groupCreated", user).set("groupInfo", GroupJson.groupInfo(group)));
    }

    private CommandResult addMember(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        Entities.Contact contact = state.contact(user, Params.id(params, "contactId"));
        GroupRole role = Params.role(params, "memberRole");
        requireRole(group, GroupRole.ADMIN);
        if (role.compareTo(group.membership.role) > 0) {
            throw ChatErrors.chat(SimJson.typed("groupMemberInitialRole").<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .put("initialRole", role.json()));
        }
        if (state.memberOf(group, contact.person) != null) {
            throw ChatErrors.chat(SimJson.typed("groupDuplicateMember").put("contactName", contact.localDisplayName));
        }
        Entities.Member member = state.addMember(group, contact.person, role, "invited", "invitee", null, true);
        ObjectNode response = Responses.of("sentGroupInvitation", user);
        response.set("groupInfo", GroupJson.groupInfo(group));
        response.set("contact", ContactJson.contact(contact, user));
        response.set("member", GroupJson.member(member));
        member.status = "connected";
        return new CommandResult(response, memberJoined(state, user, group, member));
    }

    /** The events the bot sees when a simulated person joins one of its groups. */
    static List<ObjectNode> memberJoined(SimState state, Entities.User user, Entities.Group group, Entities.Member member) {
        ObjectNode joined = Responses.of("joinedGroupMember", user);
        joined.set("groupInfo", GroupJson.groupInfo(group));
        joined.set("member", GroupJson.member(member));
        ObjectNode connected = Responses.of("connectedToGroupMember", user);
        connected.set("groupInfo", GroupJson.groupInfo(group));
        connected.set("member", GroupJson.member(member));
        Entities.Contact contact = member.contactId == null ? null : state.contacts.get(member.contactId);
        if (contact != null) {
            connected.set("memberContact", ContactJson.contact(contact, user));
        }
        return List.of(joined, connected);
    }

    private CommandResult join(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        if (!group.membership.status.equals("invited")) {
            throw ChatErrors.store("groupAlreadyJoined");
        }
        group.membership.status = "connected";
        Entities.Member host = group.members.stream().filter(m -> m.category.equals("host")).findFirst().orElseThrow();
        ObjectNode response = Responses.of("userAcceptedGroupSent", user).set("groupInfo", GroupJson.groupInfo(group));
        if (host.contactId != null && state.contacts.containsKey(host.contactId)) {
            response.set("hostContact", ContactJson.contact(state.contacts.get(host.contactId), user));
        }
        return new CommandResult(response, joinedEvents(user, group, host));
    }

    /** userJoinedGroup, then connectedToGroupMember for every other member: what the bot sees once in. */
    static List<ObjectNode> joinedEvents(Entities.User user, Entities.Group group, Entities.Member host) {
        List<ObjectNode> events = new ArrayList<>();
        events.add(Responses.of("userJoinedGroup", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .set("hostMember", GroupJson.member(host)));
        for (Entities.Member member : group.currentMembers()) {
            ObjectNode connected = Responses.of("connectedToGroupMember", user);
            connected.set("groupInfo", GroupJson.groupInfo(group));
            connected.set("member", GroupJson.member(member));
            events.add(connected);
        }
        return events;
    }

    private CommandResult acceptMember(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        Entities.Member member = state.member(group, Params.id(params, "groupMemberId"));
        GroupRole role = Params.role(params, "memberRole");
        requireRole(group, GroupRole.ADMIN);
        if (!member.status.startsWith("pending")) {
            throw ChatErrors.chat("groupMemberNotActive");
        }
        member.role = role;
        member.status = "connected";
        ObjectNode response = Responses.of("memberAccepted", user);
        response.set("groupInfo", GroupJson.groupInfo(group));
        response.set("member", GroupJson.member(member));
        return CommandResult.of(response);
    }

    private List<Entities.Member> members(Entities.Group group, ObjectNode params) {
        return Params.ids(params, "groupMemberIds").stream().map(id -> state.member(group, id)).toList();
    }

    private CommandResult membersRole(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        List<Entities.Member> members = members(group, params);
        GroupRole role = Params.role(params, "memberRole");
        requireRole(group, GroupRole.ADMIN);
        if (role.compareTo(group.membership.role) > 0) {
            throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), role);
        }
        members.forEach(m -> m.role = role);
        ObjectNode response = Responses.of("membersRoleUser", user);
        response.set("groupInfo", GroupJson.groupInfo(group));
        response.set("members", GroupJson.members(members));
        response.put("toRole", role.json());
        return CommandResult.of(response);
    }

    private CommandResult block(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        List<Entities.Member> members = members(group, params);
        boolean blocked = Params.flag(params, "blocked");
        requireRole(group, GroupRole.MODERATOR);
        members.forEach(m -> m.blockedByAdmin = blocked);
        ObjectNode response = Responses.of("membersBlockedForAllUser", user);
        response.set("groupInfo", GroupJson.groupInfo(group));
        response.set("members", GroupJson.members(members));
        response.put("blocked", blocked);
        return CommandResult.of(response);
    }

    private CommandResult remove(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        List<Entities.Member> members = new ArrayList<>();
        for (long id : Params.ids(params, "groupMemberIds")) {
            members.add(group.currentMembers().stream().filter(m -> m.groupMemberId == id).findFirst()
                    .orElseThrow(() -> ChatErrors.chat("groupMemberNotFound")));
        }
        requireRole(group, GroupRole.ADMIN);
        members.forEach(m -> m.status = "removed");
        ObjectNode response = Responses.of("userDeletedMembers", user);
        response.set("groupInfo", GroupJson.groupInfo(group));
        response.set("members", GroupJson.members(members));
        response.put("withMessages", Params.flag(params, "withMessages"));
        return CommandResult.of(response);
    }

    private CommandResult leave(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        if (!group.membership.current()) {
            throw ChatErrors.chat(SimJson.typed("groupNotJoined").set("groupInfo", GroupJson.groupInfo(group)));
        }
        group.membership.status = "left";
        return CommandResult.of(Responses.of("leftMemberUser", user).set("groupInfo", GroupJson.groupInfo(group)));
    }

    private CommandResult updateProfile(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        ObjectNode profile = Params.object(params, "groupProfile").deepCopy();
        checkDisplayName(profile);
        requireRole(group, GroupRole.OWNER);
        ObjectNode from = GroupJson.groupInfo(group);
        group.profile = profile;
        group.updatedAt = SimJson.now();
        ObjectNode response = Responses.of("groupUpdated", user);
        response.set("fromGroup", from);
        response.set("toGroup", GroupJson.groupInfo(group));
        return CommandResult.of(response);
    }
}
