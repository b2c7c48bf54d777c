package org.gatepass.core.settings;

import java.util.Map;

import org.gatepass.core.security.Actor;

/**
 * A command offered beside a configuration's settings in the settings editor, such as "Send test e-mail". A plug-in
 * registers it as a service with the property {@value #PID} naming the configuration (or factory) PID it serves.
 */
public interface SettingsAction {
    /** Service property: the PID whose settings the action works with. */
    String PID = "settings.pid";
    /**
     * Service property ({@code Boolean}): the configuration's changes apply when the application is started again, not
     * at once; the editor says so when they are saved.
     */
    String APPLIES_AT_RESTART = "settings.appliesAtRestart";

    String label();

    /** What the operator types for the action, e.g. "to"; empty when it needs nothing. */
    String inputLabel();

    /**
     * Runs the action with the settings as typed, before they are saved. Called off the UI thread; may take seconds.
     *
     * @param secrets the secrets typed in the form, by attribute id; one left blank is absent (the stored one applies)
     */
    Outcome run(Actor actor, Map<String, Object> properties, Map<String, String> secrets, String input);

    /** What came of it, for the operator to read. */
    record Outcome(boolean succeeded, String message) {
    }
}
