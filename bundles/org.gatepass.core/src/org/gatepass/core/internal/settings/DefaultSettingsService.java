package org.gatepass.core.internal.settings;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.gatepass.core.StorageException;
import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.security.AccessControl;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.Permission;
import org.gatepass.core.settings.SettingsService;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.Transactions;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Settings through Configuration Admin and secrets through the secret store, each change audited. The audit
 * row is written first and committed only if the change was stored, so the trail never claims a change that
 * did not happen.
 */
@Component(service = SettingsService.class)
public final class DefaultSettingsService implements SettingsService {
    /** Property names that would put a secret in a plain configuration file. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(password|secret|token)$");
    /** Kept by Configuration Admin and File Install themselves, not settings. */
    private static final List<String> MANAGED = List.of(Constants.SERVICE_PID, ConfigurationAdmin.SERVICE_FACTORYPID,
            ConfigurationAdmin.SERVICE_BUNDLELOCATION, "felix.fileinstall.filename");

    private final ConfigurationAdmin configurations;
    private final SecretStore secrets;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Transactions transactions;

    @Activate
    public DefaultSettingsService(@Reference ConfigurationAdmin configurations, @Reference SecretStore secrets,
            @Reference AccessControl access, @Reference AuditTrail audit, @Reference Transactions transactions) {
        this.configurations = configurations;
        this.secrets = secrets;
        this.access = access;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Map<String, Object> read(Actor actor, String pid) {
        access.require(actor, Permission.VIEW_SETTINGS);
        return stored(configuration(pid));
    }

    @Override
    public void update(Actor actor, String pid, Map<String, Object> properties) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        refuseSecrets(properties);
        Configuration configuration = configuration(pid);
        Map<String, Object> before = stored(configuration);
        Map<String, Object> after = settings(properties);
        String beforeText = AuditValues.of(before);
        String afterText = AuditValues.of(after);
        if (beforeText.equals(afterText)) {
            return;
        }
        transactions.inTransaction(() -> {
            audit.append(new AuditRecord(actor, AuditAction.SETTINGS_CHANGE, "settings " + pid, beforeText, afterText));
            save(pid, configuration, after);
            return null;
        });
    }

    @Override
    public List<String> factoryConfigurations(Actor actor, String factoryPid) {
        access.require(actor, Permission.VIEW_SETTINGS);
        try {
            Configuration[] found = configurations.listConfigurations(
                    "(" + ConfigurationAdmin.SERVICE_FACTORYPID + "=" + filterValue(factoryPid) + ")");
            return found == null ? List.of() : Arrays.stream(found).map(Configuration::getPid).sorted().toList();
        } catch (IOException | InvalidSyntaxException e) {
            throw new StorageException("Settings of " + factoryPid + " cannot be listed: " + e.getMessage(), e);
        }
    }

    @Override
    public String create(Actor actor, String factoryPid, Map<String, Object> properties) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        refuseSecrets(properties);
        Map<String, Object> after = settings(properties);
        return transactions.inTransaction(() -> {
            Configuration configuration;
            try {
                configuration = configurations.createFactoryConfiguration(factoryPid, "?");
            } catch (IOException e) {
                throw new StorageException("Settings of a new " + factoryPid + " could not be created: " + e.getMessage(), e);
            }
            String pid = configuration.getPid();
            audit.append(new AuditRecord(actor, AuditAction.SETTINGS_CHANGE, "settings " + pid, "", AuditValues.of(after)));
            save(pid, configuration, after);
            return pid;
        });
    }

    @Override
    public void delete(Actor actor, String pid) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        Configuration configuration = existing(pid);
        if (configuration == null) {
            return;
        }
        String beforeText = AuditValues.of(stored(configuration));
        transactions.inTransaction(() -> {
            audit.append(new AuditRecord(actor, AuditAction.SETTINGS_CHANGE, "settings " + pid, beforeText, ""));
            try {
                configuration.delete();
            } catch (IOException e) {
                throw new StorageException("Settings " + pid + " could not be deleted: " + e.getMessage(), e);
            }
            return null;
        });
    }

    @Override
    public boolean hasSecret(Actor actor, String key) {
        access.require(actor, Permission.VIEW_SETTINGS);
        return secrets.get(key).isPresent();
    }

    @Override
    public void storeSecret(Actor actor, String key, char[] secret) {
        access.require(actor, Permission.CHANGE_SETTINGS);
        boolean forget = secret == null || new String(secret).isBlank();
        transactions.inTransaction(() -> {
            audit.append(new AuditRecord(actor, AuditAction.SECRET_CHANGE, "secret " + key, "", forget ? "forgotten" : "stored (value not recorded)"));
            if (forget) {
                secrets.remove(key);
            } else {
                secrets.put(key, new String(secret));
            }
            return null;
        });
    }

    /** A PID as an LDAP filter value: the characters filters give a meaning escaped. */
    private static String filterValue(String pid) {
        return pid.replaceAll("([\\\\*()])", "\\\\$1");
    }

    private static void refuseSecrets(Map<String, Object> properties) {
        List<String> secretNames = properties.keySet().stream().filter(k -> SECRET_NAME.matcher(k.toLowerCase(Locale.ROOT)).matches()).toList();
        if (!secretNames.isEmpty()) {
            throw new IllegalArgumentException("Secrets are not stored in settings (" + String.join(", ", secretNames)
                    + "): store them in the secret store.");
        }
    }

    private static Map<String, Object> settings(Map<String, Object> properties) {
        Map<String, Object> values = new TreeMap<>(properties);
        MANAGED.forEach(values::remove);
        return values;
    }

    private static void save(String pid, Configuration configuration, Map<String, Object> properties) {
        try {
            configuration.updateIfDifferent(new Hashtable<>(properties));
        } catch (IOException e) {
            throw new StorageException("Settings " + pid + " could not be saved: " + e.getMessage(), e);
        }
    }

    /** The stored configuration of a PID, or null: unlike {@link #configuration} this creates none. */
    private Configuration existing(String pid) {
        try {
            Configuration[] found = configurations.listConfigurations("(" + Constants.SERVICE_PID + "=" + filterValue(pid) + ")");
            return found == null ? null : found[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new StorageException("Settings " + pid + " cannot be read: " + e.getMessage(), e);
        }
    }

    private Configuration configuration(String pid) {
        try {
            return configurations.getConfiguration(pid, "?");
        } catch (IOException e) {
            throw new StorageException("Settings " + pid + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> stored(Configuration configuration) {
        Dictionary<String, Object> properties = configuration.getProperties();
        Map<String, Object> values = new TreeMap<>();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                if (!MANAGED.contains(key)) {
                    values.put(key, properties.get(key));
                }
            }
        }
        return values;
    }
}
