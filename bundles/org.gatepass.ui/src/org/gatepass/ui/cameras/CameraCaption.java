package org.gatepass.ui.cameras;

import java.util.Locale;

import org.gatepass.core.camera.CameraStatus;

/** The status line over a camera picture: name, state and reason, captured and processed frames per second. */
final class CameraCaption {
    private CameraCaption() {
    }

    /** @param captured frames/s the camera delivers, NaN when not known; @param processed frames/s the gate handles */
    static String of(String name, CameraStatus status, double captured, double processed) {
        StringBuilder line = new StringBuilder(name).append(" — ").append(status.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (!status.reason().isEmpty()) {
            line.append(": ").append(status.reason());
        }
        if (!Double.isNaN(captured)) {
            line.append(String.format(" — captured %.0f frames/s", captured));
        }
        line.append(String.format(Double.isNaN(captured) ? " — %.0f frames/s" : ", processed %.0f", processed));
        return line.toString();
    }
}
