package org.gatepass.gate.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.service.component.annotations.Component;

/**
 * Cameras whose decisions are held while somebody is enrolled in front of them: they are still a stranger to the
 * gate. Kept apart from the gate runtime so that a hold outlives a restart of the runtime (new settings), and
 * taken only by the enrolment service, which checks who asks.
 */
@Component(service = DecisionHolds.class)
public final class DecisionHolds {
    /** How many holds each held camera has. */
    private final Map<String, Integer> holds = new ConcurrentHashMap<>();

    /** Holds a camera's decisions until the hold is closed; holds on one camera nest. */
    DecisionHold hold(String cameraId) {
        holds.merge(cameraId, 1, Integer::sum);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                holds.computeIfPresent(cameraId, (id, count) -> count == 1 ? null : count - 1);
            }
        };
    }

    boolean isHeld(String cameraId) {
        return holds.containsKey(cameraId);
    }
}
