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
        ObjectNode profile;
        boolean active;
        boolean autoAcceptMemberContacts;
        Address address;

        User(long userId, long profileId, long userContactId, ObjectNode profile) {
            this.userId = userId;
            this.profileId = profileId;
            this.userContactId = userContactId;
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
        boolean ready;
        boolean deleted;
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
            this.localDisplayName = person.name();
            this.createdAt = SimJson.now();
            this.updatedAt = createdAt;
        }
    }

    static final class ContactRequest {
        final long contactRequestId;
        final long userId;
        final long profileId;
        final long userContactLinkId;
        final SimPerson person;
        final String createdAt = SimJson.now();

        ContactRequest(long contactRequestId, long userId, long profileId, long userContactLinkId, SimPerson person) {
            this.contactRequestId = contactRequestId;
            this.userId = userId;
            this.profileId = profileId;
            this.userContactLinkId = userContactLinkId;
            this.person = person;
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

    enum FileState { SND_STORED, SND_COMPLETE, SND_CANCELLED, RCV_INVITATION, RCV_ACCEPTED, RCV_COMPLETE, RCV_CANCELLED }

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
