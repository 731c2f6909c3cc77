package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What people do in groups the bot is in: make them, join and leave, add, remove, promote, block and accept members,
 * moderate messages, change or delete the group; and the group links and business addresses people make for the bot.
 */
final class GroupActions extends ActionSupport {
    GroupActions(SimState state, EventRelay events, Delivery delivery) {
        super(state, events, delivery);
    }

    /** A group of simulated people that invites the bot; with {@code join} the bot accepts at once. */
    SimGroup createGroup(String name, GroupRole botRole, boolean join, SimPerson owner, List<SimPerson> members) {
        return state.locked(() -> {
            Entities.User user = botUser();
            Entities.Contact ownerContact = readyContact(user, owner);
            checkName(name);
            Entities.Group group = new Entities.Group(state.nextId(), user.userId, ProfileJson.profile(name));
            state.groups.put(group.groupId, group);
            Entities.Member host = state.addMember(group, owner, GroupRole.OWNER, "connected", "host", null, false);
            for (SimPerson member : members) {
                if (member != owner && state.memberOf(group, member) == null) {
                    state.addMember(group, member, GroupRole.MEMBER, "connected", "pre", ownerContact.contactId, false);
                }
            }
            group.membership = new Entities.Member(state.nextId(), group.groupId, 0, "sim-member-bot-" + group.groupId, user.profileId,
                    "user", null, user.profile, botRole, "invited", ownerContact.contactId, false);
            ObjectNode invitation = event("receivedGroupInvitation", user);
            invitation.set("groupInfo", GroupJson.groupInfo(group));
            invitation.set("contact", ContactJson.contact(ownerContact, user));
            invitation.put("fromMemberRole", GroupRole.OWNER.json());
            invitation.put("memberRole", botRole.json());
            fromPeople(invitation);
            if (join) {
                group.membership.status = "connected";
                fromPeople(GroupCommands.joinedEvents(user, group, host));
            }
            return new SimGroup(name, group.groupId);
        });
    }

    /** A group the bot is (or was) in, by display name; the newest when several have it. */
    SimGroup find(String name) {
        return state.locked(() -> state.groups.values().stream().filter(g -> g.displayName().equals(name))
                .reduce((first, second) -> second).map(g -> new SimGroup(name, g.groupId))
                .orElseThrow(() -> new IllegalArgumentException("the bot is in no group called " + name)));
    }

    /** The person joins through the bot's group link: the bot's CLI invites them, they join and connect. */
    void joinViaGroupLink(SimPerson person, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = group(handle);
            if (group.link == null) {
                throw new IllegalStateException(handle.name() + " has no group link (the bot creates it with APICreateGroupLink)");
            }
            if (state.memberOf(group, person) != null) {
                throw new IllegalStateException(person.name() + " is already in " + handle.name());
            }
            Entities.User user = state.users.get(group.userId);
            boolean review = "all".equals(group.profile.path("memberAdmission").path("review").asText());
            Entities.Member member = state.addMember(group, person, group.link.acceptMemberRole,
                    review ? "pending_approval" : "connected", "invitee", null, true);
            ObjectNode invited = event("sentGroupInvitation", user);
            invited.set("groupInfo", GroupJson.groupInfo(group));
            invited.set("contact", ContactJson.contact(linkContact(user, person), user));
            invited.set("member", GroupJson.member(member));
            List<ObjectNode> joined = GroupCommands.memberJoined(state, user, group, member);
            fromPeople(invited);
            fromPeople(review ? joined.subList(0, 1) : joined);
        });
    }

    /**
     * The contact the bot's CLI keeps for someone who came through a link: their contact when they are one, else a
     * record of the link's connection that the bot's contact list does not show.
     */
    private Entities.Contact linkContact(Entities.User user, SimPerson person) {
        Entities.Contact known = state.contactOf(user, person);
        if (known != null) {
            return known;
        }
        return new Entities.Contact(state.nextId(), user.userId, state.nextId(), state.nextId(), person, null);
    }

    void leaveGroup(SimPerson person, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = group(handle);
            Entities.Member member = state.memberOf(group, person);
            if (member == null) {
                throw new IllegalStateException(person.name() + " is not in " + handle.name());
            }
            member.status = "left";
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("leftMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group)).set("member", GroupJson.member(member)));
        });
    }

    /** An admin adds another person: the bot hears the new member announced, then connects to them. */
    void addMember(SimPerson admin, SimGroup handle, SimPerson newcomer, GroupRole role) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member host = memberWithRole(group, admin, GroupRole.ADMIN, "adding members");
            if (role.compareTo(host.role) > 0) {
                throw new IllegalStateException(admin.name() + " (" + host.role.json() + ") cannot give " + newcomer.name() + " the role " + role.json());
            }
            if (state.memberOf(group, newcomer) != null) {
                throw new IllegalStateException(newcomer.name() + " is already in " + handle.name());
            }
            Entities.User user = state.users.get(group.userId);
            Entities.Member member = state.addMember(group, newcomer, role, "announced", "post", null, false);
            member.invitedByMemberId = host.groupMemberId;
            ObjectNode connecting = event("joinedGroupMemberConnecting", user);
            connecting.set("groupInfo", GroupJson.groupInfo(group));
            connecting.set("hostMember", GroupJson.member(host));
            connecting.set("member", GroupJson.member(member));
            member.status = "connected";
            fromPeople(connecting, event("connectedToGroupMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .set("member", GroupJson.member(member)));
        });
    }

    /** An admin removes another member, optionally with their messages. */
    void removeMember(SimPerson admin, SimGroup handle, SimPerson removed, boolean withMessages) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, admin, GroupRole.ADMIN, "removing members");
            Entities.Member member = otherMember(group, removed, admin);
            outranks(by, member.role, admin, "remove " + removed.name());
            Entities.User user = state.users.get(group.userId);
            member.status = "removed";
            List<ObjectNode> caused = new ArrayList<>();
            caused.add(event("deletedMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .<ObjectNode>set("byMember", GroupJson.member(by)).<ObjectNode>set("deletedMember", GroupJson.member(member))
                    .put("withMessages", withMessages));
            if (withMessages) {
                List<Entities.ChatItem> theirs = state.itemsOf(ChatKey.group(group.groupId)).stream()
                        .filter(i -> i.author == member && i.deleted == null).toList();
                if (!theirs.isEmpty()) {
                    caused.add(moderated(user, group, theirs, by));
                }
            }
            fromPeople(caused);
        });
    }

    /** An admin removes the bot: it is no longer in the group and cannot write there. */
    void removeBot(SimPerson admin, SimGroup handle, boolean withMessages) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, admin, GroupRole.ADMIN, "removing members");
            outranks(by, group.membership.role, admin, "remove the bot");
            group.membership.status = "removed";
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("deletedMemberUser", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .<ObjectNode>set("member", GroupJson.member(by)).put("withMessages", withMessages));
        });
    }

    /** An admin changes another member's role. */
    void changeRole(SimPerson admin, SimGroup handle, SimPerson changed, GroupRole role) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, admin, GroupRole.ADMIN, "changing roles");
            Entities.Member member = otherMember(group, changed, admin);
            changeRole(group, by, member, role, admin, changed.name());
        });
    }

    /** An admin changes the bot's role (e.g. makes it admin, so it can moderate). */
    void changeBotRole(SimPerson admin, SimGroup handle, GroupRole role) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, admin, GroupRole.ADMIN, "changing roles");
            changeRole(group, by, group.membership, role, admin, "the bot");
        });
    }

    private void changeRole(Entities.Group group, Entities.Member by, Entities.Member member, GroupRole role, SimPerson admin, String whom) {
        outranks(by, member.role, admin, "change the role of " + whom);
        outranks(by, role, admin, "make " + whom + " " + role.json());
        if (member.role == role) {
            throw new IllegalStateException(whom + " already is " + role.json() + " in " + group.displayName());
        }
        GroupRole from = member.role;
        member.role = role;
        Entities.User user = state.users.get(group.userId);
        fromPeople(event("memberRole", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .<ObjectNode>set("byMember", GroupJson.member(by)).<ObjectNode>set("member", GroupJson.member(member))
                .put("fromRole", from.json()).put("toRole", role.json()));
    }

    /** A moderator blocks (or unblocks) another member for everyone. */
    void block(SimPerson moderator, SimGroup handle, SimPerson blocked, boolean block) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, moderator, GroupRole.MODERATOR, "blocking members");
            Entities.Member member = otherMember(group, blocked, moderator);
            outranks(by, member.role, moderator, (block ? "block " : "unblock ") + blocked.name());
            if (member.blockedByAdmin == block) {
                throw new IllegalStateException(blocked.name() + " is already " + (block ? "blocked" : "not blocked") + " in " + group.displayName());
            }
            member.blockedByAdmin = block;
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("memberBlockedForAll", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                    .<ObjectNode>set("byMember", GroupJson.member(by)).<ObjectNode>set("member", GroupJson.member(member))
                    .put("blocked", block));
        });
    }

    /** A moderator lets in a member waiting for review (joined through a link of a group that reviews newcomers). */
    void acceptMember(SimPerson moderator, SimGroup handle, SimPerson waiting, GroupRole role) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, moderator, GroupRole.MODERATOR, "accepting members");
            Entities.Member member = otherMember(group, waiting, moderator);
            if (!member.status.startsWith("pending")) {
                throw new IllegalStateException(waiting.name() + " is not waiting to be accepted in " + group.displayName());
            }
            outranks(by, role, moderator, "accept " + waiting.name() + " as " + role.json());
            member.role = role;
            member.status = "connected";
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("memberAcceptedByOther", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                            .<ObjectNode>set("acceptingMember", GroupJson.member(by)).set("member", GroupJson.member(member)),
                    event("connectedToGroupMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                            .set("member", GroupJson.member(member)));
        });
    }

    /** A moderator deletes a message in the group for everyone. */
    void moderate(SimPerson moderator, SimGroup handle, long itemId) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, moderator, GroupRole.MODERATOR, "deleting others' messages");
            Entities.ChatItem item = state.items.get(itemId);
            if (item == null || !item.chat.equals(ChatKey.group(group.groupId)) || item.deleted != null) {
                throw new IllegalArgumentException("no live message " + itemId + " in " + group.displayName());
            }
            outranks(by, item.sent ? group.membership.role : item.author.role, moderator, "delete message " + itemId);
            fromPeople(moderated(state.users.get(group.userId), group, List.of(item), by));
        });
    }

    /** Marks items moderated by {@code by}; the bot's own items disappear for people too. */
    private ObjectNode moderated(Entities.User user, Entities.Group group, List<Entities.ChatItem> items, Entities.Member by) {
        ArrayNode ids = SimJson.array();
        for (Entities.ChatItem item : items) {
            item.deleted = SimJson.typed("moderated").put("deletedTs", SimJson.now()).set("byGroupMember", GroupJson.member(by));
            if (item.sent) {
                delivery.deleted(item);
            }
            ids.add(item.itemId);
        }
        return event("groupChatItemsDeleted", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .<ObjectNode>set("chatItemIDs", ids).put("byUser", false).set("member_", GroupJson.member(by));
    }

    /** The owner changes the group's profile; null leaves a field as it is. */
    void updateGroup(SimPerson owner, SimGroup handle, String displayName, String fullName, String description) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, owner, GroupRole.OWNER, "changing the group's profile");
            ObjectNode profile = group.profile.deepCopy();
            if (displayName != null) {
                profile.put("displayName", displayName);
            }
            if (fullName != null) {
                profile.put("fullName", fullName);
            }
            if (description != null) {
                profile.put("description", description);
            }
            checkName(profile.path("displayName").asText());
            if (profile.equals(group.profile)) {
                throw new IllegalArgumentException(handle.name() + "'s profile already is " + SimJson.write(profile));
            }
            ObjectNode from = GroupJson.groupInfo(group);
            group.profile = profile;
            group.updatedAt = SimJson.now();
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("groupUpdated", user).<ObjectNode>set("fromGroup", from)
                    .<ObjectNode>set("toGroup", GroupJson.groupInfo(group)).set("member_", GroupJson.member(by)));
        });
    }

    /** The owner deletes the group: everyone, the bot included, is out of it. */
    void deleteGroup(SimPerson owner, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = joinedGroup(handle);
            Entities.Member by = memberWithRole(group, owner, GroupRole.OWNER, "deleting the group");
            group.currentMembers().forEach(m -> m.status = "deleted");
            group.membership.status = "deleted";
            Entities.User user = state.users.get(group.userId);
            fromPeople(event("groupDeleted", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group)).set("member", GroupJson.member(by)));
        });
    }

    /** The person makes a group of people with a link; the bot joins it by connecting to the link. */
    String groupLink(SimPerson owner, String name, List<SimPerson> members) {
        return state.locked(() -> {
            checkName(name);
            PersonLink.GroupLink link = new PersonLink.GroupLink(state.newLink("group"), owner, name,
                    members.stream().filter(m -> m != owner).distinct().toList());
            state.personLinks.put(link.link().shortLink(), link);
            return link.link().shortLink();
        });
    }

    /** The person's business address; the bot connecting to it starts a business chat as their customer. */
    String businessAddress(SimPerson owner) {
        return state.locked(() -> {
            PersonLink.BusinessAddress link = new PersonLink.BusinessAddress(state.newLink("contact"), owner);
            state.personLinks.put(link.link().shortLink(), link);
            return link.link().shortLink();
        });
    }

    /** A group name as SimpleX accepts it: not empty, no spaces around it. */
    private static void checkName(String name) {
        if (name.isBlank() || !name.strip().equals(name)) {
            throw new IllegalArgumentException("a group name cannot be empty or start or end with a space: '" + name + "'");
        }
    }

    private Entities.Group joinedGroup(SimGroup handle) {
        Entities.Group group = group(handle);
        if (!group.membership.current() || group.membership.status.equals("invited")) {
            throw new IllegalStateException("the bot is not in " + handle.name() + " (" + group.membership.status + ")");
        }
        return group;
    }

    private Entities.Member otherMember(Entities.Group group, SimPerson person, SimPerson actor) {
        if (person == actor) {
            throw new IllegalArgumentException(actor.name() + " cannot do this to themselves");
        }
        Entities.Member member = state.memberOf(group, person);
        if (member == null) {
            throw new IllegalStateException(person.name() + " is not in " + group.displayName());
        }
        return member;
    }

    private static void outranks(Entities.Member by, GroupRole role, SimPerson actor, String what) {
        if (role.compareTo(by.role) > 0) {
            throw new IllegalStateException(actor.name() + " (" + by.role.json() + ") cannot " + what + " (" + role.json() + ")");
        }
    }
}
