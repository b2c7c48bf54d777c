package org.gatepass.gate.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Gate", description = "How the gate turns recognised faces into movements.")
@interface GateConfig {
    @AttributeDefinition(name = "Cooldown (seconds)",
            description = "A person who moved less than this long ago is not moved again: one walk-through is one movement.", min = "0")
    int cooldownSeconds() default 60;

    @AttributeDefinition(name = "Confirmation frames",
            description = "Consecutive frames that must agree on who a face is before the gate acts.", min = "1")
    int confirmationFrames() default 3;

    @AttributeDefinition(name = "Strangers let in (FPIR)",
            description = "The chance that a stranger walking past is taken for somebody enrolled, 0.001 = one in a thousand."
                    + " The similarity needed rises with the number of people enrolled to keep it; lower it to refuse more,"
                    + " at the cost of enrolled people asked to look at the camera again (docs/performance.md has the trade-off)."
                    + " A camera may set its own (gate.targetFpir) or a fixed threshold (gate.threshold).", min = "0.000001", max = "0.5")
    double targetFpir() default 0.001;

    @AttributeDefinition(name = "Margin over the next person",
            description = "How much more like the best enrolled person than like the second a face must be, so that two"
                    + " enrolled look-alikes are never confused.", min = "0", max = "0.5")
    float minMargin() default 0.05f;

    @AttributeDefinition(name = "Access rules read every (seconds)",
            description = "How often the gate reads the gates, access levels and holidays again: changes made at any station"
                    + " take effect within this.", min = "1", max = "300")
    int accessRefreshSeconds() default 5;

    @AttributeDefinition(name = "Keep events (days)",
            description = "Movements and alerts older than this are deleted with their pictures and notifications, daily."
                    + " 0 keeps them for ever (attendance records often must be kept for years).", min = "0")
    int keepEventsDays() default 0;

    @AttributeDefinition(name = "Keep pictures (days)",
            description = "Pictures of alerts older than this are deleted daily; the events stay. 0 keeps them for ever.", min = "0")
    int keepPicturesDays() default 90;

    @AttributeDefinition(name = "Keep unknown faces (days)",
            description = "Unknown-face alerts older than this, and the strangers last seen before it, are deleted daily"
                    + " (a stranger named as a person stays with that person). 0 keeps them for ever.", min = "0")
    int keepUnknownFacesDays() default 30;

    @AttributeDefinition(name = "Keep delivered notifications (days)",
            description = "Notifications delivered longer ago than this are deleted daily. 0 keeps them for ever.", min = "0")
    int keepDeliveredNotificationsDays() default 30;
}
