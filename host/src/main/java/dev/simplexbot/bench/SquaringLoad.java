package dev.simplexbot.bench;

import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.sim.SimPerson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The squaring workload: each simulated person sends a number, waits for the bot's answer, checks it and sends
 * the next (one message in flight per person, all people at once). Latency is send → reply item in the person's
 * inbox; throughput is messages over the wall time of the measured phase.
 */
final class SquaringLoad {
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private final List<SimPerson> people;

    SquaringLoad(List<SimPerson> people) {
        if (people.isEmpty()) {
            throw new IllegalArgumentException("the workload needs at least one person");
        }
        this.people = people;
    }

    /** Runs {@code warmUp} unmeasured messages, then {@code messages} measured ones. */
    LoadResult run(String bot, int warmUp, int messages) throws InterruptedException {
        exchange(warmUp, 0);
        long start = System.nanoTime();
        long[] latencies = exchange(messages, warmUp);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadResult(bot, messages, seconds, LatencyStats.of(latencies));
    }

    private long[] exchange(int messages, int firstNumber) throws InterruptedException {
        long[] latencies = new long[messages];
        CountDownLatch done = new CountDownLatch(people.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            int first = p;
            SimPerson person = people.get(p);
            Thread thread = new Thread(() -> {
                try {
                    // Person p sends messages p, p + people, p + 2*people, ... so every slot is written once.
                    for (int i = first; i < messages; i += people.size()) {
                        latencies[i] = roundTrip(person, firstNumber + i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "bench-" + person.name());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException("squaring workload failed: " + failure.get().getMessage(), failure.get());
        }
        return latencies;
    }

    private static long roundTrip(SimPerson person, long number) {
        long sent = System.nanoTime();
        person.send(Long.toString(number));
        SimMessage reply = person.nextMessage(REPLY_TIMEOUT);
        long elapsed = System.nanoTime() - sent;
        String expected = number + " * " + number + " = " + number * number;
        if (!expected.equals(reply.text())) {
            throw new IllegalStateException(person.name() + " expected '" + expected + "' but got '" + reply.text() + "'");
        }
        return elapsed;
    }
}
