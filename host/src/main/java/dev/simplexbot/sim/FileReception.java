package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Receiving a file a person sent, for {@code ReceiveFile} and for the CLI's automatic reception: the bytes come from
 * the sender's simulated storage into the receive folder, unless a fault armed by the simulator's controls gets in
 * the way (an error ends the transfer; a warning is reported and the transfer then completes).
 */
final class FileReception {
    private final SimState state;

    FileReception(SimState state) {
        this.state = state;
    }

    /** The item as accepted (what {@code rcvFileAccepted} carries) and the events that follow it. */
    record Received(ObjectNode acceptedItem, List<ObjectNode> events) {}

    Received receive(Entities.User user, Entities.File file, String requestedPath) {
        if (file.sent) {
            throw ChatErrors.store("rcvFileNotFound", "fileId", file.fileId);
        }
        if (file.state == Entities.FileState.RCV_CANCELLED) {
            throw ChatErrors.messageError("fileCancelled", "message", "file " + file.fileId + " was cancelled");
        }
        if (file.state != Entities.FileState.RCV_INVITATION) {
            throw ChatErrors.messageError("fileAlreadyReceiving", "message", "file " + file.fileId + " is already being received");
        }
        Path target = target(file, requestedPath);
        Entities.ChatItem item = state.items.get(file.itemId);
        Long memberId = FileCommands.authorId(item);
        String sender = FileCommands.senderName(item);
        file.savedPath = target.toAbsolutePath();
        file.state = Entities.FileState.RCV_ACCEPTED;
        ObjectNode accepted = state.json.aChatItem(item);
        List<ObjectNode> events = new ArrayList<>();
        events.add(Responses.of("rcvFileStart", user).set("chatItem", accepted));
        Entities.FileFault fault = file.fault;
        file.fault = null;
        if (fault != null) {
            file.state = fault == Entities.FileFault.ERROR ? Entities.FileState.RCV_ERROR : Entities.FileState.RCV_WARNING;
            ObjectNode problem = Responses.of(fault == Entities.FileFault.ERROR ? "rcvFileError" : "rcvFileWarning", user);
            problem.set("chatItem_", state.json.aChatItem(item));
            problem.set("agentError", FileJson.agentError());
            problem.set("rcvFileTransfer", FileJson.rcvFileTransfer(file, sender, memberId, false));
            events.add(problem);
            if (fault == Entities.FileFault.ERROR) {
                return new Received(accepted, events);
            }
        }
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(file.source, target);
        } catch (IOException e) {
            throw ChatErrors.chat(SimJson.typed("fileWrite").put("filePath", target.toString()).put("message", e.toString()));
        }
        file.state = Entities.FileState.RCV_COMPLETE;
        events.add(Responses.of("rcvFileComplete", user).set("chatItem", state.json.aChatItem(item)));
        return new Received(accepted, events);
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
}
