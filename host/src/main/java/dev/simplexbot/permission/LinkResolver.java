package dev.simplexbot.permission;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The file an absolute path reaches on this machine, found the way the kernel walks it: name by name, a symbolic
 * link replaced by its target (also a dangling one, which a write would create), and {@code ..} taken from where
 * the walk really is, not from the text ({@code /bots/link/..} is the parent of the link's target). Names that do
 * not exist yet cannot be links, so the rest of a path to a file not yet written is taken by name.
 * {@link Path#normalize()} alone would be wrong: it removes {@code link/..} without following the link.
 */
final class LinkResolver {
    /** Linux's limit (MAXSYMLINKS) for one lookup. */
    static final int MAX_LINKS = 40;

    private LinkResolver() {}

    static Path resolve(Path absolute) throws IOException {
        if (!absolute.isAbsolute()) {
            throw new IllegalArgumentException("not an absolute path: " + absolute);
        }
        Path current = absolute.getRoot();
        Deque<String> pending = new ArrayDeque<>(names(absolute));
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                Path parent = current.getParent();
                current = parent == null ? current : parent;
                continue;
            }
            Path next = current.resolve(name);
            if (Files.isSymbolicLink(next)) {
                if (++links > MAX_LINKS) {
                    throw new FileSystemLoopException(absolute.toString());
                }
                Path target = Files.readSymbolicLink(next);
                List<String> targetNames = names(target);
                for (int i = targetNames.size() - 1; i >= 0; i--) {
                    pending.addFirst(targetNames.get(i));
                }
                if (target.isAbsolute()) {
                    current = target.getRoot();
                }
                continue;
            }
            current = next;
        }
        return current;
    }

    private static List<String> names(Path path) {
        return StreamSupport.stream(path.spliterator(), false).map(Path::toString).toList();
    }
}
