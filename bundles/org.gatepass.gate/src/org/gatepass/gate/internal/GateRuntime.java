package org.gatepass.gate.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.event.GateEventRepository;
import org.gatepass.core.gate.CameraMode;
import org.gatepass.core.gate.GateDecisionEngine;
import org.gatepass.core.person.PersonRepository;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.gatepass.gate.GateProperties;
import org.gatepass.vision.FacePipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Runs the gate: a worker for every camera that appears, stopped when the camera goes. Changing the
 * gate's configuration restarts the component, and with it the workers, with the new settings.
 */
@Component(service = { GateRuntime.class, GateMonitor.class }, immediate = true, configurationPid = GateRuntime.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = GateConfig.class)
public final class GateRuntime implements GateMonitor {
    static final String PID = "org.gatepass.gate";
    private static final Logger LOG = Logger.getLogger(GateRuntime.class.getName());

    private final FacePipeline pipeline;
    private final Gallery gallery;
    private final PersonRepository persons;
    private final GateEventRepository events;
    private final EventAdmin eventAdmin;
    private final GateDecisionEngine engine;
    private final int confirmationFrames;
    private final Map<CameraSource, CameraWorker> workers = new ConcurrentHashMap<>();

    @Activate
    public GateRuntime(@Reference FacePipeline pipeline, @Reference Gallery gallery, @Reference PersonRepository persons,
            @Reference GateEventRepository events, @Reference EventAdmin eventAdmin, GateConfig config) {
        this.pipeline = pipeline;
        this.gallery = gallery;
        this.persons = persons;
        this.events = events;
        this.eventAdmin = eventAdmin;
        this.engine = new GateDecisionEngine(Duration.ofSeconds(config.cooldownSeconds()));
        this.confirmationFrames = config.confirmationFrames();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCamera(CameraSource camera, Map<String, Object> properties) {
        CameraWorker.Lane lane = new CameraWorker.Lane(camera.id(), mode(camera, properties), threshold(camera, properties));
        CameraWorker worker = new CameraWorker(camera, lane, pipeline, gallery, engine, persons, events, this::announce, confirmationFrames);
        workers.put(camera, worker);
        camera.start(worker);
        LOG.info(() -> "Gate watching camera " + lane);
    }

    void removeCamera(CameraSource camera) {
        if (workers.remove(camera) != null) {
            camera.stop();
        }
    }

    @Deactivate
    void stop() {
        workers.keySet().forEach(this::removeCamera);
    }

    @Override
    public List<CameraView> cameras() {
        return workers.values().stream().map(CameraWorker::view).sorted(Comparator.comparing(CameraView::cameraId)).toList();
    }

    /** The worker of a camera, while it runs. */
    Optional<CameraWorker> worker(String cameraId) {
        return workers.entrySet().stream().filter(e -> e.getKey().id().equals(cameraId)).map(Map.Entry::getValue).findFirst();
    }

    private void announce(GateEvent event) {
        eventAdmin.postEvent(new Event(GateProperties.EVENT_TOPIC,
                Map.of("event.id", event.id(), "camera.id", event.cameraId(), "decision", event.decision().name())));
    }

    private CameraMode mode(CameraSource camera, Map<String, Object> properties) {
        Object mode = properties.get(GateProperties.MODE);
        if (mode == null) {
            return CameraMode.TOGGLE;
        }
        try {
            return CameraMode.valueOf(mode.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Camera " + camera.id() + ": " + GateProperties.MODE + "=" + mode + " is not TOGGLE, ENTRY or EXIT; using TOGGLE");
            return CameraMode.TOGGLE;
        }
    }

    private float threshold(CameraSource camera, Map<String, Object> properties) {
        Object threshold = properties.get(GateProperties.THRESHOLD);
        if (threshold == null) {
            return pipeline.matchThreshold();
        }
        try {
            return Float.parseFloat(threshold.toString().strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Camera " + camera.id() + ": " + GateProperties.THRESHOLD + "=" + threshold
                    + " is not a number; using the calibrated " + pipeline.matchThreshold());
            return pipeline.matchThreshold();
        }
    }
}
