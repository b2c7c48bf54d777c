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
}
