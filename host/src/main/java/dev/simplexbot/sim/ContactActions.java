package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What people do about their contact with the bot: connect (openly, incognito, through a business address, through a
 * link the bot made), change their profile, delete the bot, and turn a group membership into a contact.
 */
final class ContactActions extends ActionSupport {
    private final GroupActions groups;

    ContactActions(SimState state, EventRelay events, Delivery delivery, GroupActions groups) {
        super(state, events, delivery);
        this.groups = groups;
    }

    ConnectResult connect(SimPerson person, boolean incognito) {
        return state.locked(() -> {
            Entities.User user = botUser();
            Entities.Contact existing = state.contactOf(user, person);
            if ((existing != null && existing.ready) || businessChatOf(user, person) != null) {
                return ConnectResult.CONNECTED;
            }
            if (state.contactRequests.values().stream().anyMatch(r -> r.person == person && r.userId == user.userId)) {
                return ConnectResult.PENDING;
            }
            ObjectNode shown = incognito ? ProfileJson.incognito(state.nextId()) : person.profile().deepCopy();
            Entities.Address address = user.address;
            if (address != null && address.business()) {
                openBusinessChat(user, person, shown);
                return ConnectResult.CONNECTED;
            }
            if (address != null && !address.autoAccept()) {
                Entities.ContactRequest request = new Entities.ContactRequest(state.nextId(), user.userId, state.nextId(),
                        address.linkId, person, shown, incognito);
                state.contactRequests.put(request.contactRequestId, request);
                fromPeople(event("receivedContactRequest", user).set("contactRequest", LinkJson.contactRequest(request)));
                return ConnectResult.PENDING;
            }
            // Without an address the person connects as through a one-time invitation: no request, no welcome.
            Entities.Contact contact = newContact(user, person, address == null ? null : address.linkId, shown, incognito);
            List<ObjectNode> caused = new ArrayList<>();
            if (address != null) {
                caused.add(event("acceptingContactRequest", user).set("contact", ContactJson.contact(contact, user)));
            }
            contact.ready = true;
            person.markConnected();
            caused.add(event("contactConnected", user).set("contact", ContactJson.contact(contact, user)));
            fromPeople(caused);
            welcome(user, ChatKey.direct(contact.contactId));
            return ConnectResult.CONNECTED;
        });
    }

    private Entities.Contact newContact(Entities.User user, SimPerson person, Long viaLink, ObjectNode shown, boolean incognito) {
        Entities.Contact contact = state.addContact(user, person, viaLink);
        contact.profile = shown;
        contact.incognito = incognito;
        contact.localDisplayName = shown.path("displayName").asText(person.name());
        return contact;
    }

    /** The address's welcome message (autoReply), sent by the bot's CLI into the new chat. */
    private void welcome(Entities.User user, ChatKey chat) {
        Entities.Address address = user.address;
        if (address != null && address.settings.path("autoReply").isObject()) {
            Entities.ChatItem welcome = state.addItem(user, chat, true, null, null, address.settings.get("autoReply").deepCopy(), null);
            delivery.sent(welcome);
            fromPeople(newItems(user, welcome));
        }
    }

    /**
     * A business address makes a group per customer: the bot (the business) owns it, the person is its customer.
     * The customer's side of it is their chat with the bot, so what the bot writes there lands in their direct inbox.
     */
    private void openBusinessChat(Entities.User user, SimPerson person, ObjectNode shown) {
        Entities.Group group = new Entities.Group(state.nextId(), user.userId, ProfileJson.profile(shown.path("displayName").asText()));
        state.groups.put(group.groupId, group);
        group.membership = state.addMember(group, null, GroupRole.OWNER, "creator", "user", null, false);
        group.members.remove(group.membership);
        Entities.Member customer = state.addMember(group, person, GroupRole.MEMBER, "connected", "invitee", null, true);
        customer.profile = shown.deepCopy();
        customer.localDisplayName = shown.path("displayName").asText();
        group.businessChat = SimJson.object().put("chatType", "customer").put("businessId", group.membership.memberId)
                .put("customerId", customer.memberId);
        group.customer = person;
        person.markConnected();
        fromPeople(event("acceptingBusinessRequest", user).set("groupInfo", GroupJson.groupInfo(group)),
                event("connectedToGroupMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                        .set("member", GroupJson.member(customer)));
        welcome(user, ChatKey.group(group.groupId));
    }

    /** The business chat the person has with the bot (through its business address), or null. */
    Entities.Group businessChatOf(Entities.User user, SimPerson person) {
        return state.groups.values().stream()
                .filter(g -> g.userId == user.userId && g.customer == person && g.membership.current())
                .findFirst().orElse(null);
    }

    SimGroup businessChat(SimPerson person) {
        return state.locked(() -> {
            Entities.Group group = businessChatOf(botUser(), person);
            if (group == null) {
                throw new IllegalStateException(person.name() + " has no business chat with the bot (its address must be a"
                        + " business address: APISetAddressSettings with businessAddress true)");
            }
            return new SimGroup(group.displayName(), group.groupId);
        });
    }

    /** The person opens a link the bot made: its address, a one-time invitation or one of its group links. */
    void useLink(SimPerson person, String link) {
        state.locked(() -> {
            Entities.User user = botUser();
            if (user.address != null && matches(user.address.link, link)) {
                connect(person, false);
                return;
            }
            Entities.PendingConnection invitation = state.pendingConnections.values().stream()
                    .filter(c -> c.userId == user.userId && c.invitation != null && matches(c.invitation, link))
                    .findFirst().orElse(null);
            if (invitation != null) {
                acceptInvitation(user, person, invitation);
                return;
            }
            Entities.Group group = state.groups.values().stream()
                    .filter(g -> g.userId == user.userId && g.link != null && matches(g.link.link, link))
                    .findFirst().orElse(null);
            if (group != null) {
                groups.joinViaGroupLink(person, new SimGroup(group.displayName(), group.groupId));
                return;
            }
            throw new IllegalArgumentException("not a link the bot made (its address, an invitation from APIAddContact or a"
                    + " group link): " + link);
        });
    }

    private static boolean matches(Entities.Link link, String text) {
        return text.equals(link.full()) || text.equals(link.shortLink());
    }

    /** The person accepts the bot's one-time invitation: the contact confirms, then connects. */
    private void acceptInvitation(Entities.User user, SimPerson person, Entities.PendingConnection invitation) {
        if (state.contactOf(user, person) != null) {
            throw new IllegalStateException(person.name() + " is already a contact of the bot");
        }
        state.pendingConnections.remove(invitation.connId);
        Entities.Contact contact = newContact(user, person, null, person.profile().deepCopy(), false);
        contact.userIncognitoProfile = invitation.incognitoProfile;
        contact.userIncognitoProfileId = invitation.incognitoProfileId;
        ObjectNode connecting = event("contactConnecting", user).set("contact", ContactJson.contact(contact, user));
        contact.ready = true;
        person.markConnected();
        fromPeople(connecting, connected(user, contact));
    }

    /** contactConnected, with the bot user's incognito profile when it used one for this contact. */
    static ObjectNode connected(Entities.User user, Entities.Contact contact) {
        ObjectNode event = event("contactConnected", user).set("contact", ContactJson.contact(contact, user));
        if (contact.userIncognitoProfile != null) {
            event.set("userCustomProfile", contact.userIncognitoProfile.deepCopy());
        }
        return event;
    }

    /**
     * The person changes their profile: contacts who see their own profile get contactUpdated, each group they are in
     * groupMemberUpdated. Before they know the bot it only changes what the bot will see.
     */
    void updateProfile(SimPerson person, String displayName, String fullName, String shortDescr) {
        state.locked(() -> {
            ObjectNode profile = person.profile().deepCopy();
            if (displayName != null) {
                if (displayName.isBlank() || !displayName.strip().equals(displayName)) {
                    throw new IllegalArgumentException("a display name cannot be empty or start or end with a space: '" + displayName + "'");
                }
                profile.put("displayName", displayName);
            }
            if (fullName != null) {
                profile.put("fullName", fullName);
            }
            if (shortDescr != null) {
                profile.put("shortDescr", shortDescr);
            }
            if (profile.equals(person.profile())) {
                throw new IllegalArgumentException(person.name() + "'s profile already is " + SimJson.write(profile));
            }
            person.changeProfile(profile);
            List<ObjectNode> caused = new ArrayList<>();
            for (Entities.Contact contact : state.contacts.values()) {
                if (contact.person == person && contact.active() && !contact.incognito) {
                    Entities.User user = state.users.get(contact.userId);
                    ObjectNode from = ContactJson.contact(contact, user);
                    contact.profile = profile.deepCopy();
                    contact.localDisplayName = profile.path("displayName").asText();
                    contact.updatedAt = SimJson.now();
                    caused.add(event("contactUpdated", user).<ObjectNode>set("fromContact", from)
                            .set("toContact", ContactJson.contact(contact, user)));
                }
            }
            for (Entities.Group group : state.groups.values()) {
                Entities.Member member = state.memberOf(group, person);
                if (member != null && group.membership.current() && group.customer != person) {
                    Entities.User user = state.users.get(group.userId);
                    ObjectNode from = GroupJson.member(member);
                    member.profile = profile.deepCopy();
                    member.localDisplayName = profile.path("displayName").asText();
                    caused.add(event("groupMemberUpdated", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                            .<ObjectNode>set("fromMember", from).set("toMember", GroupJson.member(member)));
                }
            }
            fromPeople(caused);
        });
    }

    /** The person deletes their contact with the bot: the bot keeps the conversation but can no longer write. */
    void deleteContact(SimPerson person) {
        state.locked(() -> {
            Entities.User user = botUser();
            Entities.Contact contact = readyContact(user, person);
            contact.deletedByContact = true;
            contact.updatedAt = SimJson.now();
            person.disconnected();
            fromPeople(event("contactDeletedByContact", user).set("contact", ContactJson.contact(contact, user)));
        });
    }

    /** A member of a group the bot is in invites it to a direct contact; the connection completes by itself. */
    void contactFromGroup(SimPerson person, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = group(handle);
            Entities.Member member = activeMember(group, person);
            Entities.User user = state.users.get(group.userId);
            if (state.contactOf(user, person) != null) {
                throw new IllegalStateException(person.name() + " is already a contact of the bot");
            }
            Entities.Contact contact = newContact(user, person, null, member.profile.deepCopy(), false);
            contact.groupMemberId = member.groupMemberId;
            member.contactId = contact.contactId;
            ObjectNode invitation = event("newMemberContactReceivedInv", user);
            invitation.set("contact", ContactJson.contact(contact, user));
            invitation.set("groupInfo", GroupJson.groupInfo(group));
            invitation.set("member", GroupJson.member(member));
            contact.ready = true;
            person.markConnected();
            fromPeople(invitation, connected(user, contact));
        });
    }
}
