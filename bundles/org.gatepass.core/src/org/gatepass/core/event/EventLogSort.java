package org.gatepass.core.event;

/** The attendance log columns one may sort by. */
public enum EventLogSort {
    EXTERNAL_ID, NAME, MOBILE, DIRECTION, CATEGORY, TIME, CAMERA
}
