package org.gatepass.notify.webhook.internal;

import java.util.Base64;

import org.gatepass.core.event.GateEvent;
import org.gatepass.core.json.JsonObject;
import org.gatepass.core.notify.Notification;
import org.gatepass.core.person.Person;

/** The JSON body posted for one notification; its fields are documented for receivers in the admin guide. */
final class EventJson {

    private EventJson() {
    }

    static String of(Notification notification, boolean includeSnapshot) {
        GateEvent event = notification.subject().event();
        JsonObject json = new JsonObject()
                .put("eventId", event.id())
                .put("decision", event.decision().name())
                .put("alert", event.decision().isAlert())
                .put("direction", event.direction() == null ? null : event.direction().name())
                .put("person", notification.subject().knownPerson().map(EventJson::person).orElse(null))
                .put("camera", event.cameraId())
                .put("occurredAt", event.occurredAt().toString())
                .put("score", event.score());
        if (includeSnapshot) {
            json.put("snapshotJpeg", notification.snapshot().map(Base64.getEncoder()::encodeToString).orElse(null));
        }
        return json.toString();
    }

    private static JsonObject person(Person person) {
        return new JsonObject()
                .put("id", person.id())
                .put("externalId", person.externalId())
                .put("name", person.name())
                .put("category", person.category() == null ? null : person.category().name());
    }
}
