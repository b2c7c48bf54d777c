package org.gatepass.core.settings;

import java.util.List;
import java.util.Map;

import org.gatepass.core.security.Actor;

/**
 * The settings of configured components (Configuration Admin, by PID) and the secrets they use (the secret
 * store, by key). Reading needs VIEW_SETTINGS, changing CHANGE_SETTINGS; every change is audited with the
 * values before and after, secrets never: a secret's change is recorded by its key only.
 */
public interface SettingsService {

    /** The stored properties of a configuration; empty when there are none. */
    Map<String, Object> read(Actor actor, String pid);

    /**
     * Replaces the properties of a configuration; the components using it are updated. Properties whose
     * name says they hold a secret are refused: secrets go to {@link #storeSecret}.
     */
    void update(Actor actor, String pid, Map<String, Object> properties);

    /** The PIDs of the configurations made from a factory PID (one per camera, webhook…), sorted. */
    List<String> factoryConfigurations(Actor actor, String factoryPid);

    /**
     * Creates a configuration of a factory PID with these properties (the component starts one more instance) and
     * returns its PID. Secret-looking properties are refused as in {@link #update}.
     */
    String create(Actor actor, String factoryPid, Map<String, Object> properties);

    /** Deletes a configuration: the component using it stops (a factory instance goes away). Nothing stored: nothing done. */
    void delete(Actor actor, String pid);

    boolean hasSecret(Actor actor, String key);

    /** Stores a secret, encrypted; a blank one forgets it. */
    void storeSecret(Actor actor, String key, char[] secret);
}
