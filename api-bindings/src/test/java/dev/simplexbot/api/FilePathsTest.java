package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The paths in commands, found from the spec's types and the docs' naming, not from a list of commands. */
class FilePathsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FilePaths PATHS = FilePaths.of(ApiSpec.load());

    @Test
    void theDocumentedCommandsCarryPathsInTwoPlaces() {
        assertThat(PATHS.sites()).extracting(s -> s.command().name() + " " + s.location() + " " + s.access())
                .containsExactly(
                        "APISendMessages composedMessages[].fileSource.filePath READ",
                        "ReceiveFile filePath WRITE");
        assertThat(PATHS.carriesPaths("apiSendMessages")).isTrue();
        assertThat(PATHS.carriesPaths("ReceiveFile")).isTrue();
        assertThat(PATHS.carriesPaths("apiUpdateProfile")).isFalse();
        assertThat(PATHS.carriesPaths("echo")).isFalse();
        assertThat(PATHS.pathNames()).containsExactly("filePath");
    }

    @Test
    void theNamingRuleTakesTheDocsPathsAndNothingElse() {
        assertThat(List.of("filePath", "filePath_", "path", "filePaths", "filesFolder", "tempFolder", "folder", "archivePath"))
                .allMatch(FilePaths::isPathName);
        assertThat(List.of("fileName", "chatDir", "msgDir", "filePathology", "xpath", "pathname", "fileSource", "image", "Path"))
                .noneMatch(FilePaths::isPathName);
    }

    @Test
    void everyTextFieldOfTheDocsNamedForAPathIsRecognised() throws Exception {
        // TYPES.md (the project's copy of the docs): "- filePath: string", "- filePath_: string?", ...
        String types = Files.readString(Path.of("src/spec/simplex-api/TYPES.md"), StandardCharsets.UTF_8);
        Matcher field = Pattern.compile("(?m)^- (\\w+): string\\??$").matcher(types);
        TreeSet<String> named = new TreeSet<>();
        TreeSet<String> recognised = new TreeSet<>();
        while (field.find()) {
            String name = field.group(1);
            if (name.toLowerCase(java.util.Locale.ROOT).matches(".*(path|folder).*")) {
                named.add(name);
            }
            if (FilePaths.isPathName(name)) {
                recognised.add(name);
            }
        }
        assertThat(named).containsExactly("filePath", "filePath_");
        assertThat(recognised).isEqualTo(named);
    }

    @Test
    void findsEachPathWithItsExactPlace() throws Exception {
        JsonNode params = JSON.readTree("""
                {"sendRef":{"chatType":"direct","chatId":1},"liveMessage":false,"composedMessages":[
                  {"msgContent":{"type":"text","text":"no file"},"mentions":{}},
                  {"fileSource":{"filePath":"/srv/report.pdf"},"msgContent":{"type":"file","text":""},"mentions":{}},
                  {"fileSource":{"filePath":"../x","cryptoArgs":{"fileKey":"k","fileNonce":"n"}},"msgContent":{"type":"file","text":""},"mentions":{}}]}
                """);

        assertThat(PATHS.find("apiSendMessages", params)).extracting(f -> f.parameter() + " " + f.location() + " " + f.path() + " " + f.access())
                .containsExactly(
                        "composedMessages composedMessages[1].fileSource.filePath /srv/report.pdf READ",
                        "composedMessages composedMessages[2].fileSource.filePath ../x READ");
        assertThat(PATHS.find("APISendMessages", params)).hasSize(2);
    }

    @Test
    void aReceivePathIsWrittenAndAnEmptyOneNeverReachesTheLine() throws Exception {
        assertThat(PATHS.find("receiveFile", JSON.readTree("{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":\"/tmp/in\"}")))
                .extracting(f -> f.location() + " " + f.path() + " " + f.access())
                .containsExactly("filePath /tmp/in WRITE");
        // the docs' syntax writes the path only when it is truthy: '' and null send /freceive without one
        assertThat(PATHS.find("receiveFile", JSON.readTree("{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":\"\"}"))).isEmpty();
        assertThat(PATHS.find("receiveFile", JSON.readTree("{\"fileId\":1,\"userApprovedRelays\":false,\"filePath\":null}"))).isEmpty();
        assertThat(PATHS.find("receiveFile", JSON.readTree("{\"fileId\":1,\"userApprovedRelays\":false}"))).isEmpty();
        // in JSON an empty path is sent as it is, so it is found (and refused by the host as not absolute)
        assertThat(PATHS.find("apiSendMessages", JSON.readTree("{\"composedMessages\":[{\"fileSource\":{\"filePath\":\"\"}}]}")))
                .extracting(FilePaths.Found::path).containsExactly("");
    }

    @Test
    void theParserReadsRawLinesIntoTheSameParameters() {
        CommandParser parser = new CommandParser(ApiSpec.load());
        ParsedCommand send = parser.parse("/_send @1 json [{\"fileSource\":{\"filePath\":\"/etc/passwd\"},\"msgContent\":{\"type\":\"file\",\"text\":\"\"},\"mentions\":{}}]");
        ParsedCommand receive = parser.parse("/freceive 7 approved_relays=on /root/.bashrc");

        assertThat(PATHS.find(send.command().method(), send.params())).extracting(FilePaths.Found::path).containsExactly("/etc/passwd");
        assertThat(PATHS.find(receive.command().method(), receive.params())).extracting(FilePaths.Found::path)
                .containsExactly("/root/.bashrc");
        ParsedCommand noPath = parser.parse("/freceive 7");
        assertThat(PATHS.find(noPath.command().method(), noPath.params())).isEmpty();
    }

    /** A spec that gains paths elsewhere: union variants, maps, arrays of paths, recursion, a command that is neither send nor receive. */
    @Test
    void newPathsInTheSpecAreFoundWithoutChangingTheCode() throws Exception {
        TypeExpr string = new TypeExpr.Primitive("string");
        TypeSpec archive = new TypeSpec.RecordType("ArchiveConfig", "", List.of(
                new FieldSpec("archivePath", string, false),
                new FieldSpec("parent", new TypeExpr.Ref("ArchiveConfig"), true),
                new FieldSpec("extraFolders", new TypeExpr.MapOf(string), true),
                new FieldSpec("source", new TypeExpr.Ref("Source"), true)), Optional.empty());
        TypeSpec source = new TypeSpec.UnionType("Source", "", List.of(
                new TypeSpec.Variant("Local", "local", List.of(new FieldSpec("filePath_", string, true))),
                new TypeSpec.Variant("Remote", "remote", List.of(new FieldSpec("url", string, false)))), Optional.empty());
        CommandSpec export = new CommandSpec("APIExportArchive", "apiExportArchive", "Database", "",
                List.of(new ParamSpec("config", new TypeExpr.Ref("ArchiveConfig"), false),
                        new ParamSpec("logPaths", new TypeExpr.ArrayOf(string), true)),
                "no", "/_db export <json(config)>", "'/_db export ' + JSON.stringify(config)", List.of(), List.of());
        FilePaths paths = FilePaths.of(new ApiSpec(List.of(export), List.of(), List.of(archive, source)));

        // sites list a recursive type once; values are found at any depth
        assertThat(paths.sites()).extracting(s -> s.location() + " " + s.access()).containsExactly(
                "config.archivePath READ_WRITE",
                "config.extraFolders.* READ_WRITE",
                "config.source.filePath_ READ_WRITE",
                "logPaths[] READ_WRITE");
        JsonNode params = JSON.readTree("""
                {"config":{"archivePath":"/a","parent":{"archivePath":"/b","parent":{"archivePath":"/c"}},
                 "extraFolders":{"x":"/d"},"source":{"type":"local","filePath_":"/e"}},"logPaths":["/f","/g"]}""");
        assertThat(paths.find("apiExportArchive", params)).extracting(f -> f.location() + "=" + f.path()).containsExactly(
                "config.archivePath=/a", "config.parent.archivePath=/b", "config.parent.parent.archivePath=/c",
                "config.extraFolders.x=/d", "config.source.filePath_=/e", "logPaths[0]=/f", "logPaths[1]=/g");
        // an unknown variant tag: every variant's path fields are looked at
        assertThat(paths.find("apiExportArchive", JSON.readTree("{\"config\":{\"archivePath\":\"/a\",\"source\":{\"type\":\"?\",\"filePath_\":\"/x\"}}}")))
                .extracting(FilePaths.Found::path).containsExactly("/a", "/x");
    }

    @Test
    void theCommandsNameTellsWhetherTheCliReadsOrWrites() {
        assertThat(FilePaths.accessOf(ApiSpec.load().command("APISendMessages").orElseThrow())).isEqualTo(FilePaths.Access.READ);
        assertThat(FilePaths.accessOf(ApiSpec.load().command("ReceiveFile").orElseThrow())).isEqualTo(FilePaths.Access.WRITE);
        assertThat(FilePaths.accessOf(ApiSpec.load().command("APIUpdateProfile").orElseThrow())).isEqualTo(FilePaths.Access.READ_WRITE);
        assertThat(FilePaths.Access.READ_WRITE.reads() && FilePaths.Access.READ_WRITE.writes()).isTrue();
        assertThat(FilePaths.Access.READ.writes() || FilePaths.Access.WRITE.reads()).isFalse();
    }
}
