package org.gatepass.notify.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.gatepass.core.storage.GateEventRepository;
import org.gatepass.core.storage.NotificationOutbox;
import org.gatepass.core.notify.Notifier;
import org.gatepass.gate.GateProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Delivers the notification outbox: a {@link NotifierLane} per registered notifier, woken at once when the gate
 * stores an event and otherwise every poll interval. Rows of a notifier that is not registered wait, pending,
 * until it is. All delivery work runs on the lanes' threads, never on the thread that records an event.
 */
@Component(service = EventHandler.class, immediate = true, configurationPid = OutboxRelay.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = EventConstants.EVENT_TOPIC + "=" + GateProperties.EVENT_TOPIC)
@Designate(ocd = RelayConfig.class)
public final class OutboxRelay implements EventHandler {
    static final String PID = "org.gatepass.notify.relay";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    private final NotificationOutbox outbox;
    private final GateEventRepository events;
    private final Map<String, NotifierLane> lanes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "gatepass notify poller");
        t.setDaemon(true);
        return t;
    });
    private volatile RelaySettings settings;
    private ScheduledFuture<?> polling;

    @Activate
    public OutboxRelay(@Reference NotificationOutbox outbox, @Reference GateEventRepository events, RelayConfig config) {
        this(outbox, events, RelaySettings.of(config));
    }

    /** A relay of its own, as a second station sharing the database would run it. */
    OutboxRelay(NotificationOutbox outbox, GateEventRepository events, RelaySettings settings) {
        this.outbox = outbox;
        this.events = events;
        apply(settings);
    }

    @Modified
    void modified(RelayConfig config) {
        apply(RelaySettings.of(config));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier notifier) {
        NotifierLane lane = new NotifierLane(notifier, outbox, events, () -> settings);
        NotifierLane existing = lanes.putIfAbsent(notifier.name(), lane);
        if (existing != null) {
            lane.stop();
            LOG.warning(() -> "Two notifiers are named " + notifier.name() + ": only the first one delivers");
            return;
        }
        LOG.info(() -> "Notifier " + notifier.name() + " registered: delivering its notifications");
        lane.wake();
    }

    void removeNotifier(Notifier notifier) {
        NotifierLane lane = lanes.get(notifier.name());
        if (lane != null && lane.notifier() == notifier && lanes.remove(notifier.name(), lane)) {
            lane.stop();
            LOG.info(() -> "Notifier " + notifier.name() + " gone: its notifications wait until it is back");
        }
    }

    /** A stored gate event may have new outbox rows: look now rather than at the next poll. */
    @Override
    public void handleEvent(Event event) {
        wakeAll();
    }

    @Deactivate
    void stop() {
        poller.shutdownNow();
        lanes.values().forEach(NotifierLane::stop);
        lanes.clear();
    }

    private synchronized void apply(RelaySettings newSettings) {
        settings = newSettings;
        if (polling != null) {
            polling.cancel(false);
        }
        long period = newSettings.pollInterval().toMillis();
        polling = poller.scheduleWithFixedDelay(this::wakeAll, period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Notification relay: " + newSettings);
    }

    private void wakeAll() {
        lanes.values().forEach(NotifierLane::wake);
    }
}
