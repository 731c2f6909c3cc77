package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** ReceiveFile and CancelFile. Received files are copied from the sender's storage into the receive folder. */
final class FileCommands {
    private final SimState state;
    private final FileReception reception;

    FileCommands(SimState state, FileReception reception) {
        this.state = state;
        this.reception = reception;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("ReceiveFile", this::receive);
        dispatcher.register("CancelFile", this::cancel);
    }

    private Entities.File file(Entities.User user, long fileId, String notFound) {
        Entities.File file = state.files.get(fileId);
        if (file == null || file.userId != user.userId) {
            throw ChatErrors.store(notFound, "fileId", fileId);
        }
        return file;
    }

    private CommandResult receive(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.File file = file(user, Params.id(params, "fileId"), "rcvFileNotFound");
        if (file.cancelledBySender) {
            Entities.ChatItem item = state.items.get(file.itemId);
            return CommandResult.of(Responses.of("rcvFileAcceptedSndCancelled", user)
                    .set("rcvFileTransfer", FileJson.rcvFileTransfer(file, senderName(item), authorId(item), false)));
        }
        FileReception.Received received = reception.receive(user, file, Params.text(params, "filePath"));
        return new CommandResult(Responses.of("rcvFileAccepted", user).set("chatItem", received.acceptedItem()), received.events());
    }

    private CommandResult cancel(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.File file = file(user, Params.id(params, "fileId"), "fileNotFound");
        Entities.ChatItem item = state.items.get(file.itemId);
        if (file.sent) {
            if (file.state == Entities.FileState.SND_CANCELLED || file.state == Entities.FileState.SND_ERROR) {
                throw cannotCancel(file, file.state == Entities.FileState.SND_ERROR ? "file failed to send" : "file is already cancelled");
            }
            file.state = Entities.FileState.SND_CANCELLED;
            ObjectNode response = Responses.of("sndFileCancelled", user);
            if (item != null) {
                response.set("chatItem_", state.json.aChatItem(item));
            }
            response.set("fileTransferMeta", FileJson.transferMeta(file));
            response.set("sndFileTransfers", SimJson.array());
            return CommandResult.of(response);
        }
        if (file.state == Entities.FileState.RCV_COMPLETE || file.state == Entities.FileState.RCV_CANCELLED
                || file.state == Entities.FileState.RCV_ERROR) {
            throw cannotCancel(file, file.state == Entities.FileState.RCV_CANCELLED ? "file is already cancelled" : "file is already received");
        }
        file.state = Entities.FileState.RCV_CANCELLED;
        ObjectNode response = Responses.of("rcvFileCancelled", user);
        if (item != null) {
            response.set("chatItem_", state.json.aChatItem(item));
        }
        response.set("rcvFileTransfer", FileJson.rcvFileTransfer(file, senderName(item), authorId(item), false));
        return CommandResult.of(response);
    }

    static String senderName(Entities.ChatItem item) {
        return item == null || item.sender == null ? "" : item.sender.name();
    }

    static Long authorId(Entities.ChatItem item) {
        return item == null || item.author == null ? null : item.author.groupMemberId;
    }

    private static SimCommandException cannotCancel(Entities.File file, String message) {
        return ChatErrors.chat(SimJson.typed("fileCancel").put("fileId", file.fileId).put("message", message));
    }
}
