package org.gatepass.gate;

import java.util.List;

/** The gate's cameras as they are now, for live views (poll it; it is cheap). */
public interface GateMonitor {

    /** Every camera the gate watches, by id. */
    List<CameraView> cameras();

    /** Events decided while the database could not be reached, kept in the station's journal until it answers. */
    int eventsWaitingForDatabase();

    /** Journal entries that could not be read back (damaged files), kept aside in the journal's "unreadable" folder. */
    long unreadableJournalEntries();

    /**
     * Stops the gate from acting on what a camera sees (no movements, no alerts) until the hold is closed, for
     * example while a person is enrolled in front of it: they are still a stranger to the gate. The camera is
     * still shown. A face confirmed during the hold is not acted on after it either; holds on one camera nest.
     */
    DecisionHold holdDecisions(String cameraId);

    /** A hold on a camera's decisions; closing it again does nothing. */
    interface DecisionHold extends AutoCloseable {
        @Override
        void close();
    }
}
