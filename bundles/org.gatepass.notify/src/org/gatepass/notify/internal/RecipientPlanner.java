package org.gatepass.notify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gatepass.core.guard.TimeLimitedCaller;
import org.gatepass.core.notify.NotificationPlanner;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.PlannedNotification;
import org.gatepass.core.notify.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Asks every registered notifier, all at once, who should hear about an event being stored. Each notifier is
 * called on a thread of its own and given the configured time; one that throws or is late is logged and sends
 * nothing for that event. A component apart from the relay, because the event repository uses it and the
 * relay uses the event repository.
 */
@Component(service = NotificationPlanner.class, configurationPid = OutboxRelay.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class RecipientPlanner implements NotificationPlanner {
    private static final Logger LOG = Logger.getLogger(RecipientPlanner.class.getName());

    private final Map<Notifier, TimeLimitedCaller> notifiers = new ConcurrentHashMap<>();
    private volatile RelaySettings settings;

    @Activate
    public RecipientPlanner(RelayConfig config) {
        modified(config);
    }

    @Modified
    void modified(RelayConfig config) {
        settings = RelaySettings.of(config);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addNotifier(Notifier notifier) {
        notifiers.put(notifier, new TimeLimitedCaller("recipients " + notifier.name()));
    }

    void removeNotifier(Notifier notifier) {
        TimeLimitedCaller caller = notifiers.remove(notifier);
        if (caller != null) {
            caller.close();
        }
    }

    @Deactivate
    void stop() {
        notifiers.values().forEach(TimeLimitedCaller::close);
        notifiers.clear();
    }

    @Override
    public List<PlannedNotification> plan(NotificationSubject subject) {
        long deadline = System.nanoTime() + settings.recipientsTimeout().toNanos();
        List<Asked> asked = new ArrayList<>();
        notifiers.forEach((notifier, caller) -> {
            try {
                asked.add(new Asked(notifier, caller, caller.start(() -> notifier.recipients(subject))));
            } catch (TimeoutException | IllegalStateException e) {
                LOG.warning(() -> what(subject) + ": not asking notifier " + notifier.name() + ": " + e.getMessage());
            }
        });
        List<PlannedNotification> planned = new ArrayList<>();
        for (Asked a : asked) {
            String name = a.notifier().name();
            try {
                for (Recipient recipient : a.caller().await(a.answer(), deadline)) {
                    planned.add(new PlannedNotification(name, recipient));
                }
            } catch (TimeoutException e) {
                LOG.warning(() -> what(subject) + ": notifier " + name + " did not name its recipients within "
                        + settings.recipientsTimeout().toMillis() + " ms; it sends nothing for this event");
            } catch (ExecutionException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                LOG.log(Level.WARNING, what(subject) + ": notifier " + name
                        + " failed to name its recipients; it sends nothing for this event", cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return planned;
    }

    private record Asked(Notifier notifier, TimeLimitedCaller caller, Future<List<Recipient>> answer) {
    }

    private static String what(NotificationSubject subject) {
        return subject.isInvitation() ? "Pass " + subject.pass().pass().id() : "Event " + subject.event().id();
    }
}
