package org.gatepass.core.internal.security;

import java.lang.annotation.Annotation;

/** Operator settings as Configuration Admin would give them, with a cheaper hash than a site's so tests stay quick. */
record OperatorsSettings(int argon2MemoryKiB, int argon2Iterations) implements OperatorsConfig {

    static OperatorsSettings cheap() {
        return new OperatorsSettings(8192, 1);
    }

    @Override
    public int argon2Parallelism() {
        return 1;
    }

    @Override
    public int lockoutAttempts() {
        return 5;
    }

    @Override
    public int lockoutMinutes() {
        return 5;
    }

    @Override
    public int minimumPasswordLength() {
        return 10;
    }

    @Override
    public int idleLockMinutes() {
        return 10;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return OperatorsConfig.class;
    }
}
