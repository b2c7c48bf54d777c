package org.gatepass.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.gatepass.core.notify.DeliveryException;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.notify.NotificationSubject;
import org.gatepass.core.notify.Notifier;
import org.gatepass.core.notify.Recipient;

/**
 * A notifier plug-in for the tests: names recipients by a rule and answers each delivery by a script (succeed,
 * fail, hang, throw). It records every call it receives and, separately, the notifications it accepted, the
 * way a channel that drops repeated keys would see them.
 */
final class TestNotifier implements Notifier {
    /** What a delivery call does, given the number of calls so far (1 for the first). */
    interface Behaviour {
        void onCall(int call, Notification notification) throws DeliveryException;
    }

    record Call(Notification notification, Instant at) {
    }

    private final String name;
    private final Function<NotificationSubject, List<Recipient>> recipients;
    private final Behaviour behaviour;
    final List<Call> calls = new CopyOnWriteArrayList<>();
    final List<Notification> accepted = new CopyOnWriteArrayList<>();
    final AtomicInteger recipientsAsked = new AtomicInteger();

    TestNotifier(String name, Function<NotificationSubject, List<Recipient>> recipients, Behaviour behaviour) {
        this.name = name;
        this.recipients = recipients;
        this.behaviour = behaviour;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Recipient> recipients(NotificationSubject subject) {
        recipientsAsked.incrementAndGet();
        return recipients.apply(subject);
    }

    @Override
    public void deliver(Notification notification) throws DeliveryException {
        calls.add(new Call(notification, Instant.now()));
        behaviour.onCall(calls.size(), notification);
        accepted.add(notification);
    }

    List<String> acceptedKeys() {
        return new ArrayList<>(accepted.stream().map(Notification::idempotencyKey).toList());
    }
}
