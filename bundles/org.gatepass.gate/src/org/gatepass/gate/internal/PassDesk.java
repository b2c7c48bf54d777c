package org.gatepass.gate.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;
import org.gatepass.core.pass.PassCheck;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.storage.PassRepository;

/**
 * The gate's view of visitor passes: checks a code shown at a camera, and whether a visitor recognised by face holds
 * a pass valid there now. Shared by the workers; it keeps no state of its own.
 */
final class PassDesk {
    private static final Logger LOG = Logger.getLogger(PassDesk.class.getName());

    private final PassRepository passes;
    private final Supplier<Optional<byte[]>> key;
    private final PassCheck check = new PassCheck(ZoneId.systemDefault());

    PassDesk(PassRepository passes, Supplier<Optional<byte[]>> key) {
        this.passes = passes;
        this.key = key;
    }

    /** @throws StorageException when the pass cannot be looked up */
    PassCheck.Verdict check(String code, String cameraId, Instant at) {
        byte[] k;
        try {
            k = key.get().orElse(null);
        } catch (IllegalStateException e) {
            LOG.warning(e.getMessage());
            k = null;
        }
        return check.check(k, code, passes::find, cameraId, at);
    }

    /**
     * Why a visitor recognised by face may not pass this camera now: once a visitor holds passes, their face counts only
     * while one of them is valid here. A visitor never given a pass is let through like any enrolled person.
     */
    Optional<String> refusalForFace(long personId, String cameraId, Instant at) {
        List<VisitorPass> held = passes.ofPerson(personId);
        if (held.isEmpty() || held.stream().anyMatch(p -> p.state(at) == VisitorPass.State.VALID && p.opens(cameraId))) {
            return Optional.empty();
        }
        return Optional.of("no pass of this visitor is valid at camera " + cameraId + " now");
    }
}
