package org.gatepass.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Operators and log-in",
        description = "How passwords are hashed, when failed log-ins lock an account and when an idle console locks.")
@interface OperatorsConfig {
    @AttributeDefinition(name = "Argon2id memory (KiB)",
            description = "Memory per password hash; more makes guessing slower. Hashes are upgraded at the next log-in.", min = "8192")
    int argon2MemoryKiB() default 65536;

    @AttributeDefinition(name = "Argon2id iterations", min = "1")
    int argon2Iterations() default 3;

    @AttributeDefinition(name = "Argon2id lanes", min = "1")
    int argon2Parallelism() default 1;

    @AttributeDefinition(name = "Failed log-ins before lock-out", min = "1")
    int lockoutAttempts() default 5;

    @AttributeDefinition(name = "Lock-out (minutes)", min = "1")
    int lockoutMinutes() default 5;

    @AttributeDefinition(name = "Shortest password", min = "8")
    int minimumPasswordLength() default 10;

    @AttributeDefinition(name = "Console locks after idle (minutes)",
            description = "The console asks for the password again after this long without input; the gate keeps working. 0: never.",
            min = "0")
    int idleLockMinutes() default 10;
}
