package org.gatepass.gate;

import java.util.List;

import org.gatepass.core.camera.Frame;

/**
 * Enrolment of one person from a live camera: each frame is assessed and the operator told what to
 * change ({@link ShotAdvice}); good frames that differ enough from the shots already kept become shots,
 * and {@link #save()} enrols them the way photos are enrolled. Thread-safe; holds the shots in memory
 * only, so a capture that is never saved leaves nothing behind. The gate's decisions on the watched camera
 * are held until the capture is closed.
 */
public interface EnrollmentCapture extends AutoCloseable {
    /** Shots a capture aims for: several views make recognition at the gate more reliable. */
    int TARGET_SHOTS = 5;
    /** Fewest shots {@link #save()} accepts. */
    int MINIMUM_SHOTS = 3;

    long personId();

    String personName();

    /**
     * The camera the shots come from: the gate acts on nothing it sees until another camera is watched or the
     * capture is closed, since the person being enrolled is still a stranger to it.
     */
    void watch(String cameraId);

    /** Lets the gate act on the watched camera again; a closed capture can still save its shots. */
    @Override
    void close();

    /** Assesses a frame without keeping it. */
    ShotAdvice assess(Frame frame);

    /** Assesses a frame and keeps it as a shot if it is good, unlike the shots kept so far and the target is not reached. */
    ShotAdvice capture(Frame frame);

    /** The shots kept so far, oldest first, each with the advice it got. */
    List<ShotAdvice> shots();

    /**
     * Enrols the shots kept (each reported on its own, with the "resembles another person" warning) and
     * starts over with none.
     * @throws IllegalStateException with fewer than {@link #MINIMUM_SHOTS} shots
     */
    EnrollmentReport save();
}
