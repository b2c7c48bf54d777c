package org.gatepass.gate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gatepass.core.access.AntiPassback;
import org.gatepass.core.access.Gate;
import org.gatepass.core.door.DoorActuator;
import org.gatepass.core.door.DoorException;
import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Releasing doors with actuators standing in for the physical relay (the HTTP relay has its own tests): a release off
 * the caller's thread, and a DOOR_FAILED alert naming the person and reason for a door that is missing, refuses or hangs.
 */
class DoorReleasesTest {
    private static final GateEvent ADMITTED = new GateEvent(7L, 42L, "lab-cam", Direction.IN, Decision.ADMITTED, 0.9, Instant.parse("2026-12-04T09:00:00Z"));
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2);
    private final LinkedBlockingQueue<GateEvent> alerts = new LinkedBlockingQueue<>();
    private final DoorReleases doors = new DoorReleases(background, alerts::add);

    @AfterEach
    void stop() {
        doors.close();
        background.shutdownNow();
    }

    private static Gate gate(String door) {
        return new Gate(1L, "Lab 2", Set.of("lab-cam"), true, door, 4, AntiPassback.OFF, "");
    }

    private static DoorActuator door(String name, Releasing releasing) {
        return new DoorActuator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void release(Duration open) throws DoorException {
                releasing.release(open);
            }
        };
    }

    private interface Releasing {
        void release(Duration open) throws DoorException;
    }

    @Test
    void anAdmissionReleasesTheGatesDoorOnceOffTheCallersThread() throws Exception {
        List<String> released = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        doors.add(door("lab-door", open -> {
            released.add(open.toSeconds() + " s on " + (Thread.currentThread() == caller ? "the caller" : "its own thread"));
            done.countDown();
        }));
        doors.release(gate("lab-door"), ADMITTED);
        doors.release(gate(""), ADMITTED); // a gate without a door releases nothing
        assertTrue(done.await(5, TimeUnit.SECONDS));
        Thread.sleep(200);
        assertEquals(List.of("4 s on its own thread"), released);
        assertEquals(null, alerts.poll(300, TimeUnit.MILLISECONDS), "no alert");
    }

    @Test
    void aDoorThatIsMissingOrRefusesIsAnAlertWithTheReason() throws Exception {
        doors.release(gate("cellar-door"), ADMITTED);
        GateEvent missing = alerts.poll(5, TimeUnit.SECONDS);
        assertEquals(Decision.DOOR_FAILED, missing.decision());
        assertEquals(42L, missing.personId());
        assertEquals("lab-cam", missing.cameraId());
        assertEquals("Lab 2: the door cellar-door is not installed", missing.reason());

        doors.add(door("lab-door", open -> {
            throw new DoorException("the relay of lab-door answered HTTP 500");
        }));
        doors.release(gate("lab-door"), ADMITTED);
        assertEquals("Lab 2: the relay of lab-door answered HTTP 500", alerts.poll(5, TimeUnit.SECONDS).reason());
    }

    @Test
    void aDoorThatHangsIsGivenUpAfterTheTimeLimitAndTheNextReleaseStillRuns() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        List<Duration> later = new CopyOnWriteArrayList<>();
        doors.add(door("lab-door", open -> {
            if (hanging.getCount() > 0) {
                hanging.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                later.add(open);
            }
        }));
        long start = System.nanoTime();
        doors.release(gate("lab-door"), ADMITTED);
        GateEvent overran = alerts.poll(DoorReleases.TIME_LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
        assertEquals("Lab 2: the door lab-door did not answer within 5 s", overran.reason());
        assertTrue(System.nanoTime() - start >= DoorReleases.TIME_LIMIT.toNanos(), "given up at the time limit, not before");
        doors.release(gate("lab-door"), ADMITTED);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (later.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(Duration.ofSeconds(4)), later, "a fresh thread takes the next release");
    }
}
