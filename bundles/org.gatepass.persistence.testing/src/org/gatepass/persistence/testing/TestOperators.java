package org.gatepass.persistence.testing;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Role;

/**
 * Signed-in operators for tests that call the services: the first administrator of a fresh test database (created
 * on first use, as at a first start), and operators of other roles added by that administrator. One session per
 * operator and service instance, since each log-in costs a password hash.
 */
public final class TestOperators {
    public static final String ADMIN = "test-admin";
    /** Every test operator's password. */
    public static final String PASSWORD = "correct horse battery";
    private static final String STATION = "test-station";
    private static final Map<String, Actor> SIGNED_IN = new ConcurrentHashMap<>();

    private TestOperators() {
    }

    public static synchronized Actor admin(OperatorService operators) {
        return SIGNED_IN.computeIfAbsent(key(operators, ADMIN), k -> operators.needsFirstAdministrator()
                ? operators.createFirstAdministrator(ADMIN, "Test Administrator", PASSWORD.toCharArray(), STATION)
                : operators.login(ADMIN, PASSWORD.toCharArray(), STATION));
    }

    /** An operator with this role, added by the administrator if missing, signed in with a password of their own. */
    public static synchronized Actor withRole(OperatorService operators, Role role) {
        if (role == Role.ADMIN) {
            return admin(operators);
        }
        String username = "test-" + role.name().toLowerCase(Locale.ROOT);
        return SIGNED_IN.computeIfAbsent(key(operators, username), k -> {
            Actor admin = admin(operators);
            if (operators.list(admin).stream().noneMatch(o -> o.username().equals(username))) {
                operators.add(admin, username, "Test " + role.label(), role, "temporary password".toCharArray());
                Actor first = operators.login(username, "temporary password".toCharArray(), STATION);
                operators.changeOwnPassword(first, "temporary password".toCharArray(), PASSWORD.toCharArray()); // a new account must choose its own
                return first;
            }
            return operators.login(username, PASSWORD.toCharArray(), STATION);
        });
    }

    private static String key(OperatorService operators, String username) {
        return System.identityHashCode(operators) + "/" + username;
    }
}
