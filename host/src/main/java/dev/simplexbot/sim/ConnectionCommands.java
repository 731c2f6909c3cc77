package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Invitations, connection plans, connecting to links (simulated people's addresses), accepting/rejecting requests. */
final class ConnectionCommands {
    private final SimState state;

    ConnectionCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APIAddContact", this::addContact);
        dispatcher.register("APIConnectPlan", this::plan);
        dispatcher.register("APIConnect", p -> {
            Entities.User user = state.user(Params.id(p, "userId"));
            ObjectNode link = Params.optionalObject(p, "preparedLink_");
            return connect(user, link == null ? null : link.path("connFullLink").asText(null), Params.flag(p, "incognito"));
        });
        dispatcher.register("Connect", p -> connect(state.activeUser(), Params.text(p, "connLink_"), Params.flag(p, "incognito")));
        dispatcher.register("APIAcceptContact", this::accept);
        dispatcher.register("APIRejectContact", this::reject);
    }

    private CommandResult addContact(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        Entities.PendingConnection connection = new Entities.PendingConnection(state.nextId(), user.userId, state.newLink("invitation"), false, "new");
        if (Params.flag(params, "incognito")) {
            connection.incognitoProfile = ProfileJson.incognito(state.nextId());
            connection.incognitoProfileId = state.nextId();
        }
        state.pendingConnections.put(connection.connId, connection);
        ObjectNode response = Responses.of("invitation", user);
        response.set("connLinkInvitation", LinkJson.createdConnLink(connection.invitation));
        response.set("connection", LinkJson.pendingConnection(connection));
        return CommandResult.of(response);
    }

    /** What a link points at, from the user's point of view. */
    private sealed interface Target {
        record OwnAddress() implements Target {}
        record OwnInvitation() implements Target {}
        record OwnGroupLink(Entities.Group group) implements Target {}
        record Person(SimPerson person) implements Target {}
        record PersonsLink(PersonLink link) implements Target {}
        record Unknown(String kind) implements Target {}
    }

    private Target resolve(Entities.User user, String link) {
        if (link == null || !(link.startsWith("simplex:/") || link.startsWith("https://"))) {
            throw ChatErrors.chat("invalidConnReq");
        }
        if (user.address != null && matches(user.address.link, link)) {
            return new Target.OwnAddress();
        }
        if (state.pendingConnections.values().stream().anyMatch(c -> c.invitation != null && matches(c.invitation, link))) {
            return new Target.OwnInvitation();
        }
        for (Entities.Group group : state.groups.values()) {
            if (group.userId == user.userId && group.link != null && matches(group.link.link, link)) {
                return new Target.OwnGroupLink(group);
            }
        }
        for (SimPerson person : state.people.values()) {
            if (matches(person.addressLink(), link)) {
                return new Target.Person(person);
            }
        }
        for (PersonLink personLink : state.personLinks.values()) {
            if (matches(personLink.link(), link)) {
                return new Target.PersonsLink(personLink);
            }
        }
        if (link.startsWith("simplex:/invitation") || link.contains("/i#")) {
            return new Target.Unknown("invitation");
        }
        return new Target.Unknown(link.contains("/g#") ? "group" : "contact");
    }

    private static boolean matches(Entities.Link link, String text) {
        return text.equals(link.full()) || text.equals(link.shortLink());
    }

    private CommandResult plan(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        String link = Params.text(params, "connectionLink");
        ObjectNode plan = plan(user, resolve(user, link));
        ObjectNode response = Responses.of("connectionPlan", user);
        response.set("connLink", SimJson.object().put("connFullLink", link));
        response.set("connectionPlan", plan);
        return CommandResult.of(response);
    }

    private ObjectNode plan(Entities.User user, Target target) {
        if (target instanceof Target.OwnAddress) {
            return plan("contactAddress", SimJson.typed("ownLink"));
        }
        if (target instanceof Target.OwnInvitation) {
            return plan("invitationLink", SimJson.typed("ownLink"));
        }
        if (target instanceof Target.OwnGroupLink own) {
            return plan("groupLink", SimJson.typed("ownLink").set("groupInfo", GroupJson.groupInfo(own.group())));
        }
        if (target instanceof Target.Person person) {
            Entities.Contact known = state.contactOf(user, person.person());
            return plan("contactAddress", known != null
                    ? SimJson.typed("known").set("contact", ContactJson.contact(known, user))
                    : SimJson.typed("ok").set("contactSLinkData_", SimJson.object()
                            .<ObjectNode>set("profile", person.person().profile()).put("business", false)));
        }
        if (target instanceof Target.PersonsLink personLink) {
            return personLinkPlan(user, personLink.link());
        }
        String kind = ((Target.Unknown) target).kind();
        return plan(kind.equals("invitation") ? "invitationLink" : kind.equals("group") ? "groupLink" : "contactAddress", SimJson.typed("ok"));
    }

    private ObjectNode personLinkPlan(Entities.User user, PersonLink link) {
        Entities.Group joined = joinedThrough(user, link);
        if (link instanceof PersonLink.GroupLink group) {
            return plan("groupLink", joined != null ? SimJson.typed("known").set("groupInfo", GroupJson.groupInfo(joined))
                    : SimJson.typed("ok").set("groupSLinkData_", SimJson.object().set("groupProfile", ProfileJson.profile(group.groupName()))));
        }
        return plan("contactAddress", SimJson.typed("ok").set("contactSLinkData_", SimJson.object()
                .<ObjectNode>set("profile", link.owner().profile().deepCopy()).put("business", true)));
    }

    /** The group the user is in through a person's link, if it already used it. */
    private Entities.Group joinedThrough(Entities.User user, PersonLink link) {
        return state.groups.values().stream().filter(g -> g.userId == user.userId && g.joinedVia == link && g.membership.current())
                .findFirst().orElse(null);
    }

    private static ObjectNode plan(String type, ObjectNode inner) {
        String field = switch (type) {
            case "contactAddress" -> "contactAddressPlan";
            case "invitationLink" -> "invitationLinkPlan";
            default -> "groupLinkPlan";
        };
        return SimJson.typed(type).set(field, inner);
    }

    private CommandResult connect(Entities.User user, String link, boolean incognito) {
        Target target = resolve(user, link);
        if (target instanceof Target.OwnAddress || target instanceof Target.OwnInvitation || target instanceof Target.OwnGroupLink) {
            throw ChatErrors.chat("invalidConnReq");
        }
        if (target instanceof Target.Person person) {
            Entities.Contact known = state.contactOf(user, person.person());
            if (known != null) {
                return CommandResult.of(Responses.of("contactAlreadyExists", user).set("contact", ContactJson.contact(known, user)));
            }
            Entities.Contact contact = state.addContact(user, person.person(), null);
            Entities.PendingConnection connection = new Entities.PendingConnection(contact.connId, user.userId, null, true, "joined");
            if (incognito) {
                contact.userIncognitoProfile = ProfileJson.incognito(state.nextId());
                contact.userIncognitoProfileId = state.nextId();
                connection.incognitoProfile = contact.userIncognitoProfile;
                connection.incognitoProfileId = contact.userIncognitoProfileId;
            }
            ObjectNode response = sent("sentInvitation", user, connection);
            ObjectNode connecting = Responses.of("contactConnecting", user).set("contact", ContactJson.contact(contact, user));
            contact.ready = true;
            person.person().markConnected();
            return new CommandResult(response, List.of(connecting, ContactActions.connected(user, contact)));
        }
        if (target instanceof Target.PersonsLink personLink) {
            if (joinedThrough(user, personLink.link()) != null) {
                throw ChatErrors.commandError("already connected through " + link);
            }
            Entities.PendingConnection connection = new Entities.PendingConnection(state.nextId(), user.userId, null, true, "joined");
            List<ObjectNode> events = personLink.link() instanceof PersonLink.GroupLink group
                    ? joinPersonsGroup(user, group) : becomeCustomer(user, (PersonLink.BusinessAddress) personLink.link());
            return new CommandResult(sent("sentInvitation", user, connection), events);
        }
        boolean invitation = ((Target.Unknown) target).kind().equals("invitation");
        Entities.PendingConnection connection = new Entities.PendingConnection(state.nextId(), user.userId, null, !invitation, "joined");
        state.pendingConnections.put(connection.connId, connection);
        return CommandResult.of(Responses.of(invitation ? "sentConfirmation" : "sentInvitation", user)
                .set("connection", LinkJson.pendingConnection(connection)));
    }

    private static ObjectNode sent(String type, Entities.User user, Entities.PendingConnection connection) {
        ObjectNode response = Responses.of(type, user).set("connection", LinkJson.pendingConnection(connection));
        if (connection.incognitoProfile != null) {
            response.set("customUserProfile", connection.incognitoProfile.deepCopy());
        }
        return response;
    }

    /** The user joins a group of people through its owner's link: the owner hosts, the others are there already. */
    private List<ObjectNode> joinPersonsGroup(Entities.User user, PersonLink.GroupLink link) {
        Entities.Group group = new Entities.Group(state.nextId(), user.userId, ProfileJson.profile(link.groupName()));
        group.joinedVia = link;
        state.groups.put(group.groupId, group);
        Entities.Member host = state.addMember(group, link.owner(), GroupRole.OWNER, "connected", "host", null, false);
        for (SimPerson member : link.members()) {
            state.addMember(group, member, GroupRole.MEMBER, "connected", "pre", null, false);
        }
        group.membership = new Entities.Member(state.nextId(), group.groupId, 0, "sim-member-bot-" + group.groupId, user.profileId,
                "user", null, user.profile, GroupRole.MEMBER, "accepted", null, false);
        List<ObjectNode> events = new ArrayList<>();
        events.add(Responses.of("groupLinkConnecting", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .set("hostMember", GroupJson.member(host)));
        group.membership.status = "connected";
        events.addAll(GroupCommands.joinedEvents(user, group, host));
        return events;
    }

    /** The user connects to a person's business address: a business chat where the person is the business. */
    private List<ObjectNode> becomeCustomer(Entities.User user, PersonLink.BusinessAddress link) {
        SimPerson business = link.owner();
        Entities.Group group = new Entities.Group(state.nextId(), user.userId, business.profile().deepCopy());
        group.joinedVia = link;
        state.groups.put(group.groupId, group);
        Entities.Member host = state.addMember(group, business, GroupRole.OWNER, "connected", "host", null, false);
        group.membership = new Entities.Member(state.nextId(), group.groupId, 0, "sim-member-bot-" + group.groupId, user.profileId,
                "user", null, user.profile, GroupRole.MEMBER, "accepted", null, false);
        group.businessChat = SimJson.object().put("chatType", "business").put("businessId", host.memberId)
                .put("customerId", group.membership.memberId);
        Entities.Contact businessContact = state.contactOf(user, business);
        if (businessContact == null) {
            // The CLI keeps a record of the address's connection; it is not one of the user's contacts.
            businessContact = new Entities.Contact(state.nextId(), user.userId, state.nextId(), state.nextId(), business, null);
        }
        List<ObjectNode> events = new ArrayList<>();
        events.add(Responses.of("businessLinkConnecting", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .<ObjectNode>set("hostMember", GroupJson.member(host)).set("fromContact", ContactJson.contact(businessContact, user)));
        group.membership.status = "connected";
        events.add(Responses.of("userJoinedGroup", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group))
                .set("hostMember", GroupJson.member(host)));
        return events;
    }

    private Entities.ContactRequest request(Entities.User user, long id) {
        Entities.ContactRequest request = state.contactRequests.get(id);
        if (request == null || request.userId != user.userId) {
            throw ChatErrors.store("contactRequestNotFound", "contactRequestId", id);
        }
        return request;
    }

    private CommandResult accept(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.ContactRequest request = request(user, Params.id(params, "contactReqId"));
        state.contactRequests.remove(request.contactRequestId);
        Entities.Contact contact = state.addContact(user, request.person, request.userContactLinkId);
        contact.profile = request.profile.deepCopy();
        contact.incognito = request.incognito;
        contact.localDisplayName = request.profile.path("displayName").asText();
        ObjectNode response = Responses.of("acceptingContactRequest", user).set("contact", ContactJson.contact(contact, user));
        contact.ready = true;
        request.person.markConnected();
        ObjectNode ready = Responses.of("contactSndReady", user).set("contact", ContactJson.contact(contact, user));
        return new CommandResult(response, List.of(ready, ContactActions.connected(user, contact)));
    }

    private CommandResult reject(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.ContactRequest request = request(user, Params.id(params, "contactReqId"));
        state.contactRequests.remove(request.contactRequestId);
        request.person.rejected();
        return CommandResult.of(Responses.of("contactRequestRejected", user).set("contactRequest", LinkJson.contactRequest(request)));
    }
}
