package org.gatepass.ui.tests;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;
import org.gatepass.core.notify.RecipientRole;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A notifier plug-in registered by a test, the boundary a site's own plug-in sits at: it writes to the security desk
 * about events at the camera named like itself, refuses the first delivery for good and accepts the next (an
 * address an administrator has since fixed).
 */
final class RefusedOnceNotifier implements Notifier, AutoCloseable {
    final String name;
    private final String address;
    private final String refusal;
    private final AtomicInteger deliveries = new AtomicInteger();
    private final ServiceRegistration<Notifier> registration;

    RefusedOnceNotifier(String name, String address, String refusal) {
        this.name = name;
        this.address = address;
        this.refusal = refusal;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Notifier.NAME_PROPERTY, name);
        registration = FrameworkUtil.getBundle(RefusedOnceNotifier.class).getBundleContext().registerService(Notifier.class, this, properties);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Recipient> recipients(NotificationSubject subject) {
        return subject.event().cameraId().equals(name) ? List.of(new Recipient(RecipientRole.SECURITY, address)) : List.of();
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        if (deliveries.incrementAndGet() == 1) {
            throw DeliveryException.giveUp(refusal, null);
        }
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
