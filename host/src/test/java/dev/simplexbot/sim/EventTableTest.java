package dev.simplexbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.EventSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/TESTING.md's table of how to cause each event names every documented event once, and only actions (and their parameters) that exist. */
class EventTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z]+)` \\|[^|]*\\|([^|]*)\\|");
    private static final Pattern NAME = Pattern.compile("`([a-zA-Z]+)`");

    @Test
    void theTableCoversEveryEventWithRealActions() throws IOException {
        List<String> rows = new ArrayList<>();
        Set<String> actionsNamed = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("../docs/TESTING.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.add(row.group(1));
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    actionsNamed.add(name.group(1));
                }
            }
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(ApiSpec.load().events().stream().map(EventSpec::type).toList());
        try (Simulator simulator = Simulator.create()) {
            Set<String> known = new TreeSet<>();
            for (SimActions.Action action : simulator.actions().all()) {
                known.add(action.name());
                action.params().forEach(p -> known.add(p.name()));
            }
            assertThat(known).as("actions and their parameters").containsAll(actionsNamed);
        }
    }
}
