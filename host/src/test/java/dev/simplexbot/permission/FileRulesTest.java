package dev.simplexbot.permission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.FilePaths.Access;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where paths may point, on a real file system: a bots folder, a data directory with its files area, a folder
 * outside both, links between them, and grants.
 */
class FileRulesTest {
    @TempDir
    Path tmp;

    Path bots;
    Path data;
    Path files;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        tmp = tmp.toRealPath();
        bots = Files.createDirectories(tmp.resolve("bots"));
        data = Files.createDirectories(tmp.resolve("data"));
        files = Files.createDirectories(data.resolve("files"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(bots.resolve("menu.pdf"), "menu");
        Files.writeString(files.resolve("in.txt"), "received");
        Files.writeString(outside.resolve("secret.txt"), "secret");
    }

    private FileRules rules() {
        return FileRules.of(bots, data, Permissions.none());
    }

    private static String allowed(PathCheck check) {
        return check instanceof PathCheck.Allowed a ? "allowed " + a.target() : "refused: " + ((PathCheck.Refused) check).reason();
    }

    private static PathCheck.Refused refused(PathCheck check) {
        assertThat(check).as("expected a refusal").isInstanceOf(PathCheck.Refused.class);
        return (PathCheck.Refused) check;
    }

    @Test
    void theBotsFolderIsReadableOnly() {
        assertThat(allowed(rules().check(bots + "/menu.pdf", Access.READ))).isEqualTo("allowed " + bots.resolve("menu.pdf"));
        assertThat(allowed(rules().check(bots + "/not-yet.txt", Access.READ))).startsWith("allowed ");
        PathCheck.Refused write = refused(rules().check(bots + "/menu.pdf", Access.WRITE));
        assertThat(write.reason()).isEqualTo("writing '" + bots + "/menu.pdf' is not allowed: a bot may have the CLI write "
                + "files only in the data directory's files area (" + files + ") and folders given with --allow-write; "
                + "to allow it, run simplex-bot with --allow-write=" + bots);
        assertThat(write.flag()).isEqualTo("--allow-write=" + bots);
    }

    @Test
    void theFilesAreaIsReadableAndWritableAndTheRestOfTheDataDirectoryIsNot() {
        assertThat(allowed(rules().check(files + "/in.txt", Access.READ_WRITE))).isEqualTo("allowed " + files.resolve("in.txt"));
        assertThat(allowed(rules().check(files.toString(), Access.WRITE))).isEqualTo("allowed " + files); // receive into the folder
        assertThat(allowed(rules().check(files + "/new/deeper.bin", Access.WRITE))).startsWith("allowed ");
        refused(rules().check(data + "/store.db", Access.READ));
        refused(rules().check(data.toString(), Access.WRITE));
    }

    @Test
    void aDataDirectoryInsideTheBotsFolderKeepsTheStoreUnreadable() throws IOException {
        Path inner = Files.createDirectories(bots.resolve(".simplex-bot"));
        Files.createDirectories(inner.resolve("files"));
        FileRules rules = FileRules.of(bots, inner, Permissions.none());

        PathCheck.Refused store = refused(rules.check(inner + "/store.db", Access.READ));
        assertThat(store.reason()).startsWith("reading '" + inner + "/store.db' is not allowed: it is in the data directory ("
                + inner + "), which holds the bots' stores; of the data directory only its files area (" + inner.resolve("files")
                + ") may be read; to allow it, run simplex-bot with --allow-read=" + inner);
        assertThat(allowed(rules.check(inner + "/files/a.txt", Access.READ))).startsWith("allowed ");
        assertThat(allowed(rules.check(bots + "/menu.pdf", Access.READ))).startsWith("allowed ");
    }

    @Test
    void anythingElseIsRefusedNamingTheFlagThatAllowsIt() {
        PathCheck.Refused read = refused(rules().check("/etc/passwd", Access.READ));
        assertThat(read.reason()).isEqualTo("reading '/etc/passwd' is not allowed: a bot may have the CLI read files only in "
                + "the bots folder (" + bots + "), the data directory's files area (" + files + ") and folders given with "
                + "--allow-read; to allow it, run simplex-bot with --allow-read=/etc");
        assertThat(read.flag()).isEqualTo("--allow-read=/etc");
        assertThat(refused(rules().check("/root/.bashrc", Access.WRITE)).flag()).isEqualTo("--allow-write=/root");
        assertThat(refused(rules().check("/", Access.READ)).flag()).isEqualTo("--allow-read=/");
        // a command whose direction the spec does not tell needs both
        assertThat(refused(rules().check(bots + "/menu.pdf", Access.READ_WRITE)).reason()).startsWith("writing ");
    }

    @Test
    void grantsAllowFoldersFilesAndNothingBeside() throws IOException {
        Path single = Files.writeString(tmp.resolve("single.txt"), "one file");
        FileRules rules = FileRules.of(bots, data, Permissions.none()
                .withAllowRead(List.of(outside, single)).withAllowWrite(List.of(outside)));

        assertThat(allowed(rules.check(outside + "/secret.txt", Access.READ))).startsWith("allowed ");
        assertThat(allowed(rules.check(outside + "/sub/new.txt", Access.WRITE))).startsWith("allowed ");
        assertThat(allowed(rules.check(single.toString(), Access.READ))).startsWith("allowed ");
        refused(rules.check(single.toString(), Access.WRITE));
        refused(rules.check(tmp + "/single.txt.bak", Access.READ));
        refused(rules.check(tmp + "/outside-not", Access.READ)); // a sibling whose name starts the same
        refused(rules.check(tmp.toString(), Access.READ));
    }

    @Test
    void relativeGrantsAreTheHostsWorkingDirectorysAndAGrantedLinkIsFollowed() throws IOException {
        Path linked = Files.createSymbolicLink(tmp.resolve("linked-grant"), outside);
        FileRules rules = FileRules.of(bots, data, Permissions.none().withAllowRead(List.of(linked)));
        assertThat(allowed(rules.check(outside + "/secret.txt", Access.READ))).startsWith("allowed ");
        assertThat(allowed(rules.check(linked + "/secret.txt", Access.READ))).isEqualTo("allowed " + outside.resolve("secret.txt"));
        assertThat(Permissions.none().withAllowRead(List.of(Path.of("x/../y"))).allowRead())
                .containsExactly(Path.of("").toAbsolutePath().resolve("y"));
    }

    @Test
    void dotDotCannotClimbOut() {
        PathCheck.Refused up = refused(rules().check(bots + "/../../etc/passwd", Access.READ));
        assertThat(up.reason()).startsWith("reading '" + bots + "/../../etc/passwd' (that is " + Path.of(bots + "/../../etc/passwd").normalize()
                + ") is not allowed");
        refused(rules().check(files + "/../store.db", Access.READ));
        refused(rules().check(files + "/..", Access.WRITE));
        refused(rules().check(bots + "/./../outside/secret.txt", Access.READ));
        assertThat(allowed(rules().check(bots + "/sub/../menu.pdf", Access.READ))).isEqualTo("allowed " + bots.resolve("menu.pdf"));
        assertThat(allowed(rules().check("//" + bots + "//./menu.pdf", Access.READ))).isEqualTo("allowed " + bots.resolve("menu.pdf"));
    }

    @Test
    void aLinkInsideTheBotsFolderThatPointsOutIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(bots.resolve("secret.txt"), outside.resolve("secret.txt"));
        Path dirLink = Files.createSymbolicLink(bots.resolve("elsewhere"), outside);
        Path relativeLink = Files.createSymbolicLink(bots.resolve("up"), Path.of("../outside/secret.txt"));

        PathCheck.Refused byLink = refused(rules().check(link.toString(), Access.READ));
        assertThat(byLink.reason()).startsWith("reading '" + link + "' (it leads to " + outside.resolve("secret.txt") + ") is not allowed");
        assertThat(byLink.flag()).isEqualTo("--allow-read=" + outside);
        refused(rules().check(dirLink + "/secret.txt", Access.READ));
        refused(rules().check(relativeLink.toString(), Access.READ));
        // ".." after a link climbs from where the link leads, as the kernel does: elsewhere/.. is tmp, not bots
        refused(rules().check(dirLink + "/../bots/../outside/secret.txt", Access.READ));
        PathCheck.Refused dotDotAfterLink = refused(rules().check(dirLink + "/../menu.pdf", Access.READ));
        assertThat(dotDotAfterLink.reason()).contains("(it leads to " + tmp.resolve("menu.pdf") + ")");
    }

    @Test
    void linksThatStayInsideAreFine() throws IOException {
        Path toFiles = Files.createSymbolicLink(bots.resolve("inbox"), files);
        Path toMenu = Files.createSymbolicLink(files.resolve("menu-link.pdf"), bots.resolve("menu.pdf"));
        assertThat(allowed(rules().check(toFiles + "/in.txt", Access.READ_WRITE))).isEqualTo("allowed " + files.resolve("in.txt"));
        assertThat(allowed(rules().check(toMenu.toString(), Access.READ))).isEqualTo("allowed " + bots.resolve("menu.pdf"));
        // through the link the CLI would write into the bots folder: refused
        refused(rules().check(toMenu.toString(), Access.WRITE));
    }

    @Test
    void aDanglingLinkIsFollowedToWhereAWriteWouldCreateTheFile() throws IOException {
        Path dangling = Files.createSymbolicLink(files.resolve("planted"), outside.resolve("created-by-the-cli"));
        PathCheck.Refused refused = refused(rules().check(dangling.toString(), Access.WRITE));
        assertThat(refused.reason()).contains("(it leads to " + outside.resolve("created-by-the-cli") + ")");
    }

    @Test
    void aLinkLoopIsRefused() throws IOException {
        Files.createSymbolicLink(bots.resolve("a"), bots.resolve("b"));
        Files.createSymbolicLink(bots.resolve("b"), bots.resolve("a"));
        assertThat(refused(rules().check(bots + "/a/x", Access.READ)).reason())
                .isEqualTo("'" + bots + "/a/x' cannot be checked: it goes through more than 40 symbolic links");
    }

    @Test
    void aRelativePathIsRefusedForNoFlagAllowsIt() {
        for (String relative : List.of("report.txt", "./report.txt", "../../etc/passwd", "bots/menu.pdf", "~/.bashrc",
                "file:///etc/passwd", "")) {
            PathCheck.Refused refused = refused(rules().check(relative, Access.READ));
            assertThat(refused.flag()).as(relative).isNull();
            assertThat(refused.reason()).as(relative).startsWith("'" + relative + "' is not an absolute path")
                    .contains("the CLI would resolve it against its own working directory or files folder")
                    .endsWith("give an absolute path, e.g. in bot.filesDir (" + files + ")");
        }
        assertThat(refused(rules().check("~/.bashrc", Access.READ)).reason()).contains("(a leading ~ is not expanded)");
    }

    @Test
    void oddCharactersAreJustNames() throws IOException {
        for (String name : List.of("with space.txt", "ünïcødé ✓.txt", "quote'\"s.txt", "semi;colon $(x) `y`.txt",
                "..hidden", "...", ". .", "new\nline.txt", "%2e%2e", "back\\slash")) {
            assertThat(allowed(rules().check(files + "/" + name, Access.WRITE))).as(name).isEqualTo("allowed " + files.resolve(name));
            assertThat(allowed(rules().check(outside + "/" + name, Access.READ))).as(name).startsWith("refused: ");
        }
        refused(rules().check(files + "/nul\0byte", Access.WRITE));
        assertThat(refused(rules().check(files + "/nul\0byte", Access.WRITE)).reason()).contains("is not a valid file path");
    }

    @Test
    void whiteSpaceAroundAPathMustNotChangeWhereItGoes() {
        // "files/.. " is a file named ".. " in the files area; trimmed, it would be the data directory
        assertThat(allowed(rules().check(files + "/.. ", Access.WRITE))).isEqualTo("refused: '" + files + "/.. ' without the "
                + "white space around it: writing '" + files + "/..' (that is " + data + ") is not allowed: a bot may have the CLI write files only in the data directory's files area (" + files
                + ") and folders given with --allow-write; to allow it, run simplex-bot with --allow-write=" + tmp);
        assertThat(allowed(rules().check(" " + files + "/in.txt ", Access.READ))).startsWith("refused: ' " + files);
        assertThat(allowed(rules().check(files + "/in.txt ", Access.READ))).isEqualTo("allowed " + files.resolve("in.txt "));
    }

    @Test
    void withoutADataDirectoryOnlyTheBotsFolderAndGrantsRemain() {
        FileRules rules = FileRules.of(bots, null, Permissions.none());
        assertThat(rules.filesArea()).isEmpty();
        assertThat(allowed(rules.check(bots + "/menu.pdf", Access.READ))).startsWith("allowed ");
        assertThat(refused(rules.check(bots + "/x", Access.WRITE)).reason()).isEqualTo("writing '" + bots + "/x' is not "
                + "allowed: a bot may have the CLI write files only in folders given with --allow-write (there is no data "
                + "directory); to allow it, run simplex-bot with --allow-write=" + bots);
        assertThat(refused(rules.check("x", Access.READ)).reason()).endsWith("give an absolute path");
    }

    @Test
    void withTheCliOnAnotherMachinePathsAreCheckedByNameAndDotDotIsRefused() throws IOException {
        Files.createSymbolicLink(bots.resolve("elsewhere"), outside);
        FileRules remote = FileRules.of(bots, data, Permissions.none().withRemoteCli(true)
                .withAllowRead(List.of(Path.of("/srv/remote-share"))));

        assertThat(refused(remote.check(bots + "/../outside/secret.txt", Access.READ)).reason()).isEqualTo("'" + bots
                + "/../outside/secret.txt' contains '..': the CLI runs on another machine, where simplex-bot cannot resolve it;"
                + " give the path without '..'");
        assertThat(allowed(remote.check("/srv/remote-share/report.pdf", Access.READ))).isEqualTo("allowed /srv/remote-share/report.pdf");
        refused(remote.check("/etc/passwd", Access.READ));
        // a link here says nothing about the other machine: the name is inside the bots folder
        assertThat(allowed(remote.check(bots + "/elsewhere/secret.txt", Access.READ))).isEqualTo("allowed " + bots + "/elsewhere/secret.txt");
        // what the host reads itself (bot.fileInfo) is on this machine, links followed
        refused(remote.onThisMachine().check(bots + "/elsewhere/secret.txt", Access.READ));
    }

    @Test
    void aFolderCreatedLaterCountsAsItIsThen() throws IOException {
        Path later = tmp.resolve("later");
        FileRules rules = FileRules.of(bots, data, Permissions.none().withAllowWrite(List.of(later)));
        assertThat(allowed(rules.check(later + "/a.txt", Access.WRITE))).startsWith("allowed ");
        Files.createSymbolicLink(later, outside); // the granted name now leads elsewhere: grants follow it
        assertThat(allowed(rules.check(outside + "/a.txt", Access.WRITE))).startsWith("allowed ");
        refused(rules.check(bots + "/a.txt", Access.WRITE));
    }
}
