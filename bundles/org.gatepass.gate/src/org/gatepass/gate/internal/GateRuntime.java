package org.gatepass.gate.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.camera.CameraSource;
import org.gatepass.core.door.DoorActuator;
import org.gatepass.core.event.GateEvent;
import org.gatepass.core.gate.CameraMode;
import org.gatepass.core.gate.GateDecisionEngine;
import org.gatepass.core.pass.PassKeys;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.storage.AccessRepository;
import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.PassRepository;
import org.gatepass.core.storage.PersonRepository;
import org.gatepass.core.storage.RetentionPurge;
import org.gatepass.core.storage.StrangerRepository;
import org.gatepass.gate.CameraView;
import org.gatepass.gate.GateMonitor;
import org.gatepass.gate.GateProperties;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.OpenSetPolicy;
import org.gatepass.vision.QrDecoder;
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
 * Runs the gate: a worker for every camera that appears, stopped when the camera goes and rebuilt when the
 * camera's id, mode or threshold changes. Changing the gate's configuration restarts the component, and with it
 * the workers, with the new settings.
 */
@Component(service = { GateRuntime.class, GateMonitor.class }, immediate = true, configurationPid = GateRuntime.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = GateConfig.class)
public final class GateRuntime implements GateMonitor {
    static final String PID = "org.gatepass.gate";
    private static final Logger LOG = Logger.getLogger(GateRuntime.class.getName());

    /** How often waiting journal entries are offered to the database. */
    private static final Duration REPLAY_INTERVAL = Duration.ofSeconds(2);

    private final FacePipeline pipeline;
    private final Gallery gallery;
    private final KnownPersons persons;
    private final EventAdmin eventAdmin;
    private final EventRecorder recorder;
    private final GateDecisionEngine engine;
    private final int confirmationFrames;
    private final OpenSetPolicy policy;
    private final Map<CameraSource, CameraWorker> workers = new ConcurrentHashMap<>();
    private final DecisionHolds holds;
    private final StrangerGrouping strangers;
    private final PassDesk passes;
    /** OpenCV's QR detector, for the codes ZXing cannot decode; the gate reads with ZXing alone while it is away. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile QrDecoder qrDecoder;
    /** The gate's one background pool: journal replay, access rules refresh, waiting for doors, the daily retention purge. */
    private final ScheduledExecutorService background = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("gate-background-", 1).daemon().factory());
    private final GateAccess access;
    private final DoorReleases doors;

    @Activate
    public GateRuntime(@Reference FacePipeline pipeline, @Reference Gallery gallery, @Reference PersonRepository persons,
            @Reference GateEventRepository events, @Reference EventAdmin eventAdmin, @Reference DecisionHolds holds,
            @Reference StrangerRepository strangers, @Reference PassRepository passes, @Reference SecretStore secrets,
            @Reference AccessRepository access, @Reference RetentionPurge retention, GateConfig config) {
        this(pipeline, gallery, persons, events, eventAdmin, holds, strangers, new PassDesk(passes, () -> PassKeys.existing(secrets)), access,
                retention, config, new EventJournal(DataDirectory.resolve().resolve("journal")));
    }

    /** A gate whose events wait in {@code journal} while the database is down. */
    GateRuntime(FacePipeline pipeline, Gallery gallery, PersonRepository persons, GateEventRepository events, EventAdmin eventAdmin,
            DecisionHolds holds, StrangerRepository strangers, PassDesk passes, AccessRepository access, RetentionPurge retention, GateConfig config,
            EventJournal journal) {
        this.pipeline = pipeline;
        this.passes = passes;
        this.strangers = new StrangerGrouping(strangers);
        this.holds = holds;
        this.gallery = gallery;
        this.persons = new KnownPersons(persons);
        this.eventAdmin = eventAdmin;
        this.recorder = new EventRecorder(events, journal, this::announce);
        this.engine = new GateDecisionEngine(Duration.ofSeconds(config.cooldownSeconds()));
        this.confirmationFrames = config.confirmationFrames();
        this.policy = new OpenSetPolicy(config.targetFpir(), config.minMargin(), Float.NaN);
        this.access = new GateAccess(access, ZoneId.systemDefault());
        this.doors = new DoorReleases(background, failure -> recorder.recordAlert(failure, null, stored -> { }));
        this.access.refresh();
        PresenceRuleWatch rulesWatch = new PresenceRuleWatch(this.access, events, ZoneId.systemDefault(), Clock.systemUTC(), this::announce);
        background.scheduleWithFixedDelay(this::replayJournal, 0, REPLAY_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(() -> {
            try {
                this.access.refresh();
                rulesWatch.check();
            } catch (RuntimeException e) { // a task that throws is never run again: rules would stop being read
                LOG.log(Level.WARNING, "Reading or checking the access rules failed; tried again shortly", e);
            }
        }, config.accessRefreshSeconds(), config.accessRefreshSeconds(), TimeUnit.SECONDS);
        Retention keeping = Retention.of(retention, config);
        background.scheduleWithFixedDelay(() -> {
            try {
                RetentionPurge.Purged purged = keeping.purgeNow();
                LOG.info(() -> "Retention purge: " + purged);
            } catch (RuntimeException e) { // tried again the next day; a throwing task would never run again
                LOG.log(Level.WARNING, "The retention purge failed; tried again in a day", e);
            }
        }, Retention.FIRST_AFTER.toMinutes(), Retention.EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedCamera")
    synchronized void addCamera(CameraSource camera, Map<String, Object> properties) {
        CameraWorker.Lane lane = lane(camera, properties);
        CameraWorker worker = new CameraWorker(camera, lane, pipeline, gallery, engine, persons, recorder, strangers, passes,
                new QrReader(this::secondQrTry), access, doors, confirmationFrames,
                () -> holds.isHeld(lane.cameraId()));
        workers.put(camera, worker);
        camera.start(worker);
        LOG.info(() -> "Gate watching camera " + lane);
    }

    /**
     * A camera's configuration changed while it runs (its component takes new settings without restarting): a new
     * id, mode or threshold gets a new lane, and so a new worker with fresh tracks; other changes keep the worker.
     */
    synchronized void updatedCamera(CameraSource camera, Map<String, Object> properties) {
        CameraWorker running = workers.get(camera);
        if (running != null && running.lane().equals(lane(camera, properties))) {
            return;
        }
        removeCamera(camera);
        addCamera(camera, properties);
    }

    private Optional<String> secondQrTry(org.gatepass.vision.Frame frame) {
        QrDecoder decoder = qrDecoder;
        return decoder == null ? Optional.empty() : decoder.decode(frame);
    }

    synchronized void removeCamera(CameraSource camera) {
        if (workers.remove(camera) != null) {
            camera.stop();
        }
    }

    private CameraWorker.Lane lane(CameraSource camera, Map<String, Object> properties) {
        return new CameraWorker.Lane(camera.id(), mode(camera, properties), policy(camera, properties), visitors(camera, properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDoor(DoorActuator door) {
        doors.add(door);
    }

    void removeDoor(DoorActuator door) {
        doors.remove(door);
    }

    @Deactivate
    void stop() {
        workers.keySet().forEach(this::removeCamera);
        doors.close();
        background.shutdown();
        try {
            if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("The gate's background work is still busy after 10 s; it ends by itself");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int eventsWaitingForDatabase() {
        return recorder.waiting();
    }

    @Override
    public long unreadableJournalEntries() {
        return recorder.setAside();
    }

    /** Offers the journal to the database now (it is also offered every few seconds). */
    void replayJournal() {
        try {
            recorder.replay();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Replaying the event journal failed; retrying in " + REPLAY_INTERVAL.toSeconds() + " s", e);
        }
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

    private static VisitorCheck visitors(CameraSource camera, Map<String, Object> properties) {
        Object check = properties.get(GateProperties.VISITORS);
        if (check == null || check.toString().isBlank()) {
            return VisitorCheck.QR_OR_FACE;
        }
        try {
            return VisitorCheck.valueOf(check.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // the stricter check: a typo must not let visitors in on less than the site asked for
            LOG.warning(() -> "Camera " + camera.id() + ": " + GateProperties.VISITORS + "=" + check + " is not QR_OR_FACE or QR_AND_FACE; using QR_AND_FACE");
            return VisitorCheck.QR_AND_FACE;
        }
    }

    /** The gate's open-set policy with the camera's own target FPIR or fixed threshold, if it sets one. */
    private OpenSetPolicy policy(CameraSource camera, Map<String, Object> properties) {
        OpenSetPolicy own = policy;
        Double fpir = number(camera, properties, GateProperties.TARGET_FPIR);
        if (fpir != null && fpir > 0 && fpir < 1) {
            own = new OpenSetPolicy(fpir, own.minMargin(), Float.NaN);
        } else if (fpir != null) {
            LOG.warning(() -> "Camera " + camera.id() + ": " + GateProperties.TARGET_FPIR + "=" + fpir + " is not a rate between 0 and 1; using "
                    + policy.targetFpir());
        }
        Double threshold = number(camera, properties, GateProperties.THRESHOLD);
        if (threshold != null && threshold > -1 && threshold < 1) {
            own = own.withFixedThreshold(threshold.floatValue());
        } else if (threshold != null) {
            LOG.warning(() -> "Camera " + camera.id() + ": " + GateProperties.THRESHOLD + "=" + threshold
                    + " is not a similarity between -1 and 1; the threshold follows the target FPIR");
        }
        return own;
    }

    private static Double number(CameraSource camera, Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            LOG.warning(() -> "Camera " + camera.id() + ": " + key + "=" + value + " is not a number; ignored");
            return null;
        }
    }
}
