package org.gatepass.persistence.internal;

import org.gatepass.core.security.Actor;
import org.gatepass.core.security.OperatorService;

/** The first administrator of this test run's fresh default database, created once the way a first start does, shared by the tests. */
final class FirstAdministrator {
    private static Actor admin;

    private FirstAdministrator() {
    }

    static synchronized Actor of(OperatorService operators) {
        if (admin == null) {
            admin = operators.createFirstAdministrator("persons-admin", "Persons Administrator", "a long enough secret".toCharArray(), "test");
        }
        return admin;
    }
}
