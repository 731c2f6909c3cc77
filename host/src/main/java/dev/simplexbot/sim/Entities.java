package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's mutable records. Every field is guarded by the {@link SimState} lock; nothing here
 * escapes the package, so JSON builders and handlers read them directly.
 */
final class Entities {
    private Entities() {}

    static final class User {
        final long userId;
        final long profileId;
        final long userContactId;
        final String createdAt;
        /** The user's note folder ("local" chat), one per user as in the CLI. */
        final long noteFolderId;
        ObjectNode profile;
        boolean active;
        boolean autoAcceptMemberContacts;
        Address address;

        User(long userId, long profileId, long userContactId, long noteFolderId, ObjectNode profile) {
            this.userId = userId;
            this.profileId = profileId;
            this.userContactId = userContactId;
            this.noteFolderId = noteFolderId;
            this.profile = profile;
            this.createdAt = SimJson.now();
        }

        String displayName() {
            return profile.path("displayName").asText();
        }
    }

    /** The user's contact address (a long-term link) with its AddressSettings. */
    static final class Address {
        final long linkId;
        final Link link;
        ObjectNode settings;

        Address(long linkId, Link link, ObjectNode settings) {
            this.linkId = linkId;
            this.link = link;
            this.settings = settings;
        }

        boolean autoAccept() {
            return settings.hasNonNull("autoAccept");
        }

        boolean business() {
            return settings.path("businessAddress").asBoolean(false);
        }
    }

    /** A full SimpleX link with its short form. */
    record Link(String full, String shortLink) {}

    static final class Contact {
        final long contactId;
        final long userId;
        final long profileId;
        final long connId;
        final String createdAt;
        final SimPerson person;
        final Long viaUserContactLink;
        String localDisplayName;
        /** The profile the person shows this contact: their own, or a random one when they connected incognito. */
        ObjectNode profile;
        boolean incognito;
        boolean ready;
        /** Deleted by the bot user: gone from lists and commands. */
        boolean deleted;
        /** Deleted by the person: the conversation stays, the bot can no longer send. */
        boolean deletedByContact;
        /** The random profile the bot user shows this contact when it connected incognito, with its profile id. */
        ObjectNode userIncognitoProfile;
        long userIncognitoProfileId;
        /** The group member this contact was made from (a member's direct invitation), or null. */
        Long groupMemberId;
        ObjectNode userPreferences = SimJson.object();
        ObjectNode customData;
        String updatedAt;

        Contact(long contactId, long userId, long profileId, long connId, SimPerson person, Long viaUserContactLink) {
            this.contactId = contactId;
            this.userId = userId;
            this.profileId = profileId;
            this.connId = connId;
            this.person = person;
            this.viaUserContactLink = viaUserContactLink;
            this.profile = person.profile().deepCopy();
            this.localDisplayName = profile.path("displayName").asText(person.name());
            this.createdAt = SimJson.now();
            this.updatedAt = createdAt;
        }

        /** Still there for the bot: not deleted by either side. */
        boolean active() {
            return !deleted && !deletedByContact;
        }
    }

    static final class ContactRequest {
        final long contactRequestId;
        final long userId;
        final long profileId;
        final long userContactLinkId;
        final SimPerson person;
        /** The profile the request shows: the person's own, or a random one when they connect incognito. */
        final ObjectNode profile;
        final boolean incognito;
        final String createdAt = SimJson.now();

        ContactRequest(long contactRequestId, long userId, long profileId, long userContactLinkId, SimPerson person,
                       ObjectNode profile, boolean incognito) {
            this.contactRequestId = contactRequestId;
            this.userId = userId;
            this.profileId = profileId;
            this.userContactLinkId = userContactLinkId;
            this.person = person;
            this.profile = profile;
            this.incognito = incognito;
        }
    }

    /** A connection the bot started (invitation or joining a link) that is not a contact yet. */
    static final class PendingConnection {
        final long connId;
        final long userId;
        final Link invitation;
        final boolean viaContactUri;
        final String createdAt = SimJson.now();
        String status;
        /** The random profile the bot user shows on this connection ({@code incognito=on}), with its id; null when none. */
        ObjectNode incognitoProfile;
        long incognitoProfileId;

        PendingConnection(long connId, long userId, Link invitation, boolean viaContactUri, String status) {
            this.connId = connId;
            this.userId = userId;
            this.invitation = invitation;
            this.viaContactUri = viaContactUri;
            this.status = status;
        }
    }

    static final class Group {
        final long groupId;
        final long userId;
        final String createdAt = SimJson.now();
        final List<Member> members = new ArrayList<>();
        ObjectNode profile;
        Member membership;
        ObjectNode customData;
        GroupLink link;
        /** BusinessChatInfo when this group is a business chat; then {@code customer} is the person it is with, if any. */
        ObjectNode businessChat;
        SimPerson customer;
        /** The person's link the bot joined this group through, if it did. */
        PersonLink joinedVia;
        String updatedAt = createdAt;
        int nextIndex = 1;

        Group(long groupId, long userId, ObjectNode profile) {
            this.groupId = groupId;
            this.userId = userId;
            this.profile = profile;
        }

        String displayName() {
            return profile.path("displayName").asText();
        }

        /** Members other than the user, still in the group. */
        List<Member> currentMembers() {
            return members.stream().filter(Member::current).toList();
        }
    }

    static final class Member {
        final long groupMemberId;
        final long groupId;
        final long index;
        final String memberId;
        final long profileId;
        final String category;
        final SimPerson person;
        final String createdAt = SimJson.now();
        final Long invitedByContactId;
        final boolean invitedByUser;
        ObjectNode profile;
        String localDisplayName;
        Long contactId;
        GroupRole role;
        String status;
        boolean blockedByAdmin;
        /** The member who invited this one, when it was not the user or a contact. */
        Long invitedByMemberId;

        Member(long groupMemberId, long groupId, long index, String memberId, long profileId, String category,
               SimPerson person, ObjectNode profile, GroupRole role, String status, Long invitedByContactId,
               boolean invitedByUser) {
            this.groupMemberId = groupMemberId;
            this.groupId = groupId;
            this.index = index;
            this.memberId = memberId;
            this.profileId = profileId;
            this.category = category;
            this.person = person;
            this.profile = profile;
            this.localDisplayName = profile.path("displayName").asText();
            this.role = role;
            this.status = status;
            this.invitedByContactId = invitedByContactId;
            this.invitedByUser = invitedByUser;
        }

        boolean current() {
            return !List.of("left", "removed", "deleted", "rejected").contains(status);
        }

        boolean active() {
            return List.of("connected", "complete", "creator", "announced").contains(status);
        }
    }

    static final class GroupLink {
        final long userContactLinkId;
        final Link link;
        final String groupLinkId;
        GroupRole acceptMemberRole;

        GroupLink(long userContactLinkId, Link link, String groupLinkId, GroupRole acceptMemberRole) {
            this.userContactLinkId = userContactLinkId;
            this.link = link;
            this.groupLinkId = groupLinkId;
            this.acceptMemberRole = acceptMemberRole;
        }
    }

    static final class ChatItem {
        final long itemId;
        final long userId;
        final ChatKey chat;
        final boolean sent;
        final Member author;
        final SimPerson sender;
        final Long quotedItemId;
        final String sharedMsgId;
        final String createdAt = SimJson.now();
        final List<Reaction> reactions = new ArrayList<>();
        ObjectNode msgContent;
        File file;
        boolean edited;
        /** CIStatus as JSON once it differs from what a new item has (delivered, failed, read...). */
        ObjectNode status;
        /** Disappearing message: seconds to live, and when it goes (UTCTime); null when it stays. */
        Integer ttl;
        String deleteAt;
        /** Live message: true while its author is still typing it, false once finished; null when never live. */
        Boolean live;
        /** CIDeleted as JSON once deleted (marked); {@code null} while the item is live. */
        ObjectNode deleted;
        String updatedAt = createdAt;

        ChatItem(long itemId, long userId, ChatKey chat, boolean sent, Member author, SimPerson sender,
                 ObjectNode msgContent, Long quotedItemId) {
            this.itemId = itemId;
            this.userId = userId;
            this.chat = chat;
            this.sent = sent;
            this.author = author;
            this.sender = sender;
            this.msgContent = msgContent;
            this.quotedItemId = quotedItemId;
            this.sharedMsgId = "sim-msg-" + itemId;
        }

        String text() {
            return msgContent.path("text").asText("");
        }
    }

    /** One reaction on an item: by the bot user ({@code person == null}) or by a simulated person. */
    record Reaction(ObjectNode reaction, SimPerson person, String sentAt) {}

    enum FileState {
        SND_STORED, SND_COMPLETE, SND_CANCELLED, SND_ERROR, SND_WARNING,
        RCV_INVITATION, RCV_ACCEPTED, RCV_COMPLETE, RCV_CANCELLED, RCV_ERROR, RCV_WARNING
    }

    /** A transfer problem armed by the simulator's controls: it happens when the transfer runs. */
    enum FileFault { ERROR, WARNING }

    static final class File {
        final long fileId;
        final long userId;
        final String fileName;
        final long fileSize;
        final Path source;
        final boolean sent;
        long itemId;
        FileState state;
        Path savedPath;
        /** What goes wrong when the bot receives this file, armed by a control; null when nothing does. */
        FileFault fault;
        /** The person who sent it cancelled it before the bot received it. */
        boolean cancelledBySender;

        File(long fileId, long userId, String fileName, long fileSize, Path source, boolean sent) {
            this.fileId = fileId;
            this.userId = userId;
            this.fileName = fileName;
            this.fileSize = fileSize;
            this.source = source;
            this.sent = sent;
            this.state = sent ? FileState.SND_STORED : FileState.RCV_INVITATION;
        }
    }
}
