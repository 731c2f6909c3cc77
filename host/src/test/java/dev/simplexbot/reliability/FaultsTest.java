package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.FakeCliServer.ReceivedCommand;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults of the CLI connection against a real session and runtime: after each, the host is alive, the scripts got
 * typed errors, and commands after recovery work.
 */
class FaultsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger faults = new AtomicInteger();
    private static final AtomicInteger survived = new AtomicInteger();

    @TempDir
    Path temp;

    private FaultRig rig;

    @AfterEach
    void close() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(dev.simplexbot.session.ChatSession.class))
                .setLevel(null);
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void cliDroppedMidCommand() {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofSeconds(10));
        rig.go(1, "/_get chat @1 count=1");
        rig.cli.nextCommand(WAIT);
        rig.cli.nextCommand(WAIT);
        rig.cli.answerAll(cmd -> "{\"type\":\"cmdOk\"}");

        rig.cli.dropConnections();

        assertThat(rig.result("a", 1)).startsWith("result 1 DisconnectedError: raw failed: connection to the CLI lost");
        assertThat(rig.result("b", 1)).startsWith("result 1 DisconnectedError");
        rig.logs.await("script.a", "state disconnected");
        rig.logs.await("script.a", "state reconnected");
        rig.logs.await("script.a", "during outage: ok");
        rig.commandsWork(2);
        survived.incrementAndGet();
    }

    @Test
    void cliGoneForThirtySecondsThenBack() throws Exception {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofSeconds(5));

        rig.cli.stop();
        rig.logs.await("script.a", "state disconnected");
        assertThat(rig.logs.await(WAIT, "script.a", "during outage").message())
                .isEqualTo("during outage: CommandTimeoutError");
        Thread.sleep(30_000); // the outage itself: nothing to wait for but time
        rig.cli.start();

        rig.logs.await(Duration.ofSeconds(15), "script.a", "state reconnected");
        rig.logs.await("script.b", "state reconnected");
        rig.commandsWork(1);
        survived.incrementAndGet();
    }

    @Test
    void slowResponsesTimeOutAndLateResponsesAreDropped() {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofMillis(400));
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(dev.simplexbot.session.ChatSession.class))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        rig.go(1, "/_get chat @1 count=1");
        ReceivedCommand first = rig.cli.nextCommand(WAIT);
        ReceivedCommand second = rig.cli.nextCommand(WAIT);

        assertThat(rig.result("a", 1)).isEqualTo("result 1 CommandTimeoutError: raw failed: no response to /_get within 400 ms");
        assertThat(rig.result("b", 1)).startsWith("result 1 CommandTimeoutError");
        rig.cli.respond(first.corrId(), "{\"type\":\"cmdOk\"}");
        rig.cli.respond(second.corrId(), "{\"type\":\"cmdOk\"}");
        rig.logs.await("Dropped a cmdOk response with unknown corrId " + second.corrId());

        rig.commandsWork(2);
        assertThat(rig.logs.count("result 1 ")).isEqualTo(2);
        survived.incrementAndGet();
    }

    @Test
    void leftResponsesRejectWithTheChatError() {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofSeconds(10));
        rig.go(1, "/_get chat @1 count=1");
        for (int i = 0; i < 2; i++) {
            rig.cli.respondLeft(rig.cli.nextCommand(WAIT).corrId(), "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"contactNotFound\",\"contactId\":1}}");
        }

        assertThat(rig.result("a", 1)).isEqualTo("result 1 ChatCommandError: raw failed: errorStore/contactNotFound "
                + "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"contactNotFound\",\"contactId\":1}}");
        rig.commandsWork(2);
        survived.incrementAndGet();
    }

    @Test
    void eventsForUnknownChatsAreSkippedWithoutErrors() {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofSeconds(10));
        String[] odd = {
            "{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"local\",\"noteFolder\":{}},\"chatItem\":{\"chatDir\":{\"type\":\"localRcv\"},\"meta\":{\"itemId\":1},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":\"local\"}}}}]}",
            "{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"direct\"},\"chatItem\":{\"chatDir\":{\"type\":\"directRcv\"},\"meta\":{\"itemId\":2},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":\"no contact\"}}}}]}",
            "{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"group\"},\"chatItem\":{\"meta\":{\"itemId\":3}}}]}",
            "{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"contactRequest\"},\"chatItem\":{\"chatDir\":{\"type\":\"directRcv\"},\"meta\":{\"itemId\":4},\"content\":{\"type\":\"rcvMsgContent\"}}}]}",
            "{\"type\":\"newChatItems\",\"chatItems\":{\"not\":\"an array\"}}",
            "{\"type\":\"newChatItems\",\"chatItems\":[null, 7, \"x\"]}",
            "{\"type\":\"newChatItems\"}",
            "{\"type\":\"chatItemUpdated\",\"chatItem\":{\"chatInfo\":{\"type\":\"direct\",\"contact\":{\"contactId\":999}}}}",
            "{\"type\":\"contactConnected\",\"contact\":{\"contactId\":424242}}",
        };
        for (String event : odd) {
            rig.cli.sendEvent(event);
        }
        rig.cli.sendEvent("{\"type\":\"newChatItems\",\"chatItems\":[{\"chatInfo\":{\"type\":\"direct\",\"contact\":{\"contactId\":5,\"localDisplayName\":\"alice\"}},"
                + "\"chatItem\":{\"chatDir\":{\"type\":\"directRcv\"},\"meta\":{\"itemId\":9},\"content\":{\"type\":\"rcvMsgContent\",\"msgContent\":{\"type\":\"text\",\"text\":\"hello\"}}}}]}");

        rig.logs.await("script.a", "message hello");
        rig.logs.await("script.b", "message hello");
        assertThat(rig.logs.lines()).noneMatch(line -> line.level().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
        assertThat(rig.logs.count("message ")).isEqualTo(2);
        rig.commandsWork(1);
        survived.incrementAndGet();
    }

    @Test
    void aBurstOfOneHundredThousandEventsArrivesCompleteAndInOrder() {
        faults.incrementAndGet();
        rig = new FaultRig(temp, Duration.ofSeconds(10));
        int events = 100_000;
        long before = usedHeapAfterGc();
        StringBuilder padding = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            padding.append("\"field").append(i).append("\":\"some text of a message\",");
        }
        for (int i = 0; i < events; i++) {
            rig.cli.sendRaw("{\"resp\":{\"type\":\"burst\"," + padding + "\"i\":" + i + (i == events - 1 ? ",\"last\":true" : "") + "}}");
        }
        long queued = usedHeapAfterGc() - before;

        assertThat(rig.logs.await(Duration.ofSeconds(180), "script.a", "burst done").message())
                .isEqualTo("burst done: 100000 events, 0 out of order");
        assertThat(rig.logs.await(Duration.ofSeconds(180), "script.b", "burst done").message())
                .isEqualTo("burst done: 100000 events, 0 out of order");
        long after = usedHeapAfterGc() - before;
        System.out.printf("100,000-event burst (~%d bytes each) to 2 scripts: heap +%d MB right after sending, "
                        + "+%d MB once drained; backlog warnings: %d%n",
                padding.length() + 40, queued >> 20, after >> 20, rig.logs.count("events waiting; none are dropped"));
        assertThat(queued).as("heap held while the backlog drains").isLessThan(400L << 20);
        assertThat(after).as("heap once drained").isLessThan(64L << 20);
        rig.commandsWork(1);
        survived.incrementAndGet();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @AfterAll
    static void report() {
        System.out.printf("faults survived %d/%d%n", survived.get(), faults.get());
    }
}
