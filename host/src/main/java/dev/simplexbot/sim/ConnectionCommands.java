package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
            return connect(user, link == null ? null : link.path("connFullLink").asText(null));
        });
        dispatcher.register("Connect", p -> connect(state.activeUser(), Params.text(p, "connLink_")));
        dispatcher.register("APIAcceptContact", this::accept);
        dispatcher.register("APIRejectContact", this::reject);
    }

    private CommandResult addContact(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        Entities.PendingConnection connection = new Entities.PendingConnection(state.nextId(), user.userId, state.newLink("invitation"), false, "new");
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
        String kind = ((Target.Unknown) target).kind();
        return plan(kind.equals("invitation") ? "invitationLink" : kind.equals("group") ? "groupLink" : "contactAddress", SimJson.typed("ok"));
    }

    private static ObjectNode plan(String type, ObjectNode inner) {
        String field = switch (type) {
            case "contactAddress" -> "contactAddressPlan";
            case "invitationLink" -> "invitationLinkPlan";
            default -> "groupLinkPlan";
        };
        return SimJson.typed(type).set(field, inner);
    }

    private CommandResult connect(Entities.User user, String link) {
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
            ObjectNode response = Responses.of("sentInvitation", user).set("connection", LinkJson.pendingConnection(connection));
            ObjectNode connecting = Responses.of("contactConnecting", user).set("contact", ContactJson.contact(contact, user));
            contact.ready = true;
            person.person().markConnected();
            ObjectNode connected = Responses.of("contactConnected", user).set("contact", ContactJson.contact(contact, user));
            return new CommandResult(response, List.of(connecting, connected));
        }
        boolean invitation = ((Target.Unknown) target).kind().equals("invitation");
        Entities.PendingConnection connection = new Entities.PendingConnection(state.nextId(), user.userId, null, !invitation, "joined");
        state.pendingConnections.put(connection.connId, connection);
        return CommandResult.of(Responses.of(invitation ? "sentConfirmation" : "sentInvitation", user)
                .set("connection", LinkJson.pendingConnection(connection)));
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
        ObjectNode response = Responses.of("acceptingContactRequest", user).set("contact", ContactJson.contact(contact, user));
        contact.ready = true;
        request.person.markConnected();
        return new CommandResult(response, List.of(Responses.of("contactConnected", user).set("contact", ContactJson.contact(contact, user))));
    }

    private CommandResult reject(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.ContactRequest request = request(user, Params.id(params, "contactReqId"));
        state.contactRequests.remove(request.contactRequestId);
        request.person.rejected();
        return CommandResult.of(Responses.of("contactRequestRejected", user).set("contactRequest", LinkJson.contactRequest(request)));
    }
}
