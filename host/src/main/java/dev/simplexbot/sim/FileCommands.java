package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** ReceiveFile and CancelFile. Received files are copied from the sender's storage into the receive folder. */
final class FileCommands {
    private final SimState state;

    FileCommands(SimState state) {
        this.state = state;
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
        if (file.sent) {
            throw ChatErrors.store("rcvFileNotFound", "fileId", file.fileId);
        }
        if (file.state == Entities.FileState.RCV_CANCELLED) {
            throw ChatErrors.messageError("fileCancelled", "message", "file " + file.fileId + " was cancelled");
        }
        if (file.state != Entities.FileState.RCV_INVITATION) {
            throw ChatErrors.messageError("fileAlreadyReceiving", "message", "file " + file.fileId + " is already being received");
        }
        Path target = target(file, Params.text(params, "filePath"));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(file.source, target);
        } catch (IOException e) {
            throw ChatErrors.chat(SimJson.typed("fileWrite").put("filePath", target.toString()).put("message", e.toString()));
        }
        Entities.ChatItem item = state.items.get(file.itemId);
        file.savedPath = target.toAbsolutePath();
        file.state = Entities.FileState.RCV_ACCEPTED;
        ObjectNode accepted = state.json.aChatItem(item);
        file.state = Entities.FileState.RCV_COMPLETE;
        ObjectNode complete = state.json.aChatItem(item);
        return new CommandResult(Responses.of("rcvFileAccepted", user).set("chatItem", accepted), List.of(
                Responses.of("rcvFileStart", user).set("chatItem", accepted),
                Responses.of("rcvFileComplete", user).set("chatItem", complete)));
    }

    private Path target(Entities.File file, String requested) {
        if (requested != null && !requested.isBlank()) {
            Path path = Path.of(requested);
            if (Files.isDirectory(path)) {
                return free(path, file.fileName);
            }
            if (Files.exists(path)) {
                throw ChatErrors.chat(SimJson.typed("fileAlreadyExists").put("filePath", requested));
            }
            return path;
        }
        return free(state.receiveDir, file.fileName);
    }

    /** {@code name} in {@code dir}, or {@code name_1}, {@code name_2}, ... when taken, like the CLI does. */
    private static Path free(Path dir, String name) {
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = dir.resolve(stem + "_" + n + ext);
        }
        return candidate;
    }

    private CommandResult cancel(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.File file = file(user, Params.id(params, "fileId"), "fileNotFound");
        Entities.ChatItem item = state.items.get(file.itemId);
        if (file.sent) {
            if (file.state == Entities.FileState.SND_CANCELLED) {
                throw cannotCancel(file, "file is already cancelled");
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
        if (file.state == Entities.FileState.RCV_COMPLETE || file.state == Entities.FileState.RCV_CANCELLED) {
            throw cannotCancel(file, file.state == Entities.FileState.RCV_COMPLETE ? "file is already received" : "file is already cancelled");
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
