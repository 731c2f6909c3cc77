package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** CIFile, RcvFileTransfer, RcvFileDescr and FileTransferMeta. */
final class FileJson {
    static final long CHUNK_SIZE = 65_536;

    private FileJson() {}

    static ObjectNode ciFile(Entities.File file) {
        ObjectNode json = SimJson.object();
        json.put("fileId", file.fileId);
        json.put("fileName", file.fileName);
        json.put("fileSize", file.fileSize);
        String path = file.sent ? file.source.toString() : file.savedPath == null ? null : file.savedPath.toString();
        if (path != null) {
            json.set("fileSource", SimJson.object().put("filePath", path));
        }
        json.set("fileStatus", switch (file.state) {
            case SND_STORED -> SimJson.typed("sndStored");
            case SND_COMPLETE -> SimJson.typed("sndComplete");
            case SND_CANCELLED -> SimJson.typed("sndCancelled");
            case SND_ERROR -> SimJson.typed("sndError").set("sndFileError", fileError());
            case SND_WARNING -> SimJson.typed("sndWarning").set("sndFileError", fileError());
            case RCV_INVITATION -> SimJson.typed("rcvInvitation");
            case RCV_ACCEPTED -> SimJson.typed("rcvAccepted");
            case RCV_COMPLETE -> SimJson.typed("rcvComplete");
            case RCV_CANCELLED -> SimJson.typed("rcvCancelled");
            case RCV_ERROR -> SimJson.typed("rcvError").set("rcvFileError", fileError());
            case RCV_WARNING -> SimJson.typed("rcvWarning").set("rcvFileError", fileError());
        });
        json.put("fileProtocol", "xftp");
        return json;
    }

    /** The FileError the simulated file servers report: they could not be reached. */
    static ObjectNode fileError() {
        return SimJson.typed("other").put("fileError", "simulated: the file server could not be reached");
    }

    /** The AgentErrorType behind a failed transfer: the XFTP server timed out. */
    static ObjectNode agentError() {
        return SimJson.typed("XFTP").put("serverAddress", SimNetwork.XFTP_SERVER).set("xftpErr", SimJson.typed("TIMEOUT"));
    }

    static ObjectNode rcvFileDescr(Entities.File file) {
        return SimJson.object().put("fileDescrId", file.fileId).put("fileDescrText", "sim-file-description-" + file.fileId)
                .put("fileDescrPartNo", 0).put("fileDescrComplete", true);
    }

    static ObjectNode rcvFileTransfer(Entities.File file, String senderDisplayName, Long groupMemberId, boolean userApprovedRelays) {
        ObjectNode json = SimJson.object();
        json.put("fileId", file.fileId);
        json.set("xftpRcvFile", SimJson.object().<ObjectNode>set("rcvFileDescription", rcvFileDescr(file))
                .put("agentRcvFileDeleted", false).put("userApprovedRelays", userApprovedRelays));
        json.set("fileInvitation", SimJson.object().put("fileName", file.fileName).put("fileSize", file.fileSize));
        String path = file.savedPath == null ? null : file.savedPath.toString();
        json.set("fileStatus", switch (file.state) {
            case RCV_ACCEPTED -> SimJson.typed("accepted").put("filePath", path);
            case RCV_COMPLETE -> SimJson.typed("complete").put("filePath", path);
            case RCV_CANCELLED -> path == null ? SimJson.typed("cancelled") : SimJson.typed("cancelled").put("filePath_", path);
            default -> SimJson.typed("new");
        });
        json.put("senderDisplayName", senderDisplayName);
        json.put("chunkSize", CHUNK_SIZE);
        json.put("cancelled", file.state == Entities.FileState.RCV_CANCELLED);
        if (groupMemberId != null) {
            json.put("grpMemberId", groupMemberId);
        }
        return json;
    }

    static ObjectNode transferMeta(Entities.File file) {
        ObjectNode json = SimJson.object();
        json.put("fileId", file.fileId);
        json.set("xftpSndFile", SimJson.object().put("agentSndFileId", "sim-snd-file-" + file.fileId).put("agentSndFileDeleted", false));
        json.put("fileName", file.fileName);
        json.put("filePath", file.source.toString());
        json.put("fileSize", file.fileSize);
        json.put("chunkSize", CHUNK_SIZE);
        json.put("cancelled", file.state == Entities.FileState.SND_CANCELLED);
        return json;
    }
}
