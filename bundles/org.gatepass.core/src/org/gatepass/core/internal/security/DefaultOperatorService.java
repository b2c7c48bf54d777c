package org.gatepass.core.internal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.gatepass.core.audit.AuditAction;
import org.gatepass.core.audit.AuditRecord;
import org.gatepass.core.audit.AuditValues;
import org.gatepass.core.security.Actor;
import org.gatepass.core.security.InvalidOperatorException;
import org.gatepass.core.security.LoginRefusedException;
import org.gatepass.core.security.LoginRefusedException.Reason;
import org.gatepass.core.security.Operator;
import org.gatepass.core.security.OperatorService;
import org.gatepass.core.security.Permission;
import org.gatepass.core.security.Role;
import org.gatepass.core.storage.AuditTrail;
import org.gatepass.core.storage.OperatorRepository;
import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = OperatorService.class, configurationPid = DefaultOperatorService.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = OperatorsConfig.class)
public final class DefaultOperatorService implements OperatorService {
    public static final String PID = "org.gatepass.operators";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String WRONG = "Wrong user name or password.";

    private final OperatorRepository operators;
    private final OperatorSessions sessions;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private volatile OperatorsConfig config;
    private volatile PasswordHasher hasher;

    @Activate
    public DefaultOperatorService(@Reference OperatorRepository operators, @Reference OperatorSessions sessions,
            @Reference AuditTrail audit, @Reference Transactions transactions, OperatorsConfig config) {
        this(operators, sessions, audit, transactions, config, Clock.systemUTC());
    }

    DefaultOperatorService(OperatorRepository operators, OperatorSessions sessions, AuditTrail audit, Transactions transactions,
            OperatorsConfig config, Clock clock) {
        this.operators = operators;
        this.sessions = sessions;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(OperatorsConfig newConfig) {
        hasher = new PasswordHasher(new PasswordHasher.Cost(newConfig.argon2MemoryKiB(), newConfig.argon2Iterations(),
                newConfig.argon2Parallelism()));
        config = newConfig;
    }

    @Override
    public boolean needsFirstAdministrator() {
        return operators.count() == 0;
    }

    @Override
    public Actor createFirstAdministrator(String username, String displayName, char[] password, String station) {
        String name = normalized(username);
        List<String> problems = new ArrayList<>(problemsWith(name, displayName));
        problems.addAll(passwordProblems(name, password));
        if (!problems.isEmpty()) {
            throw new InvalidOperatorException(problems);
        }
        String hash = hasher.hash(password);
        Operator created = transactions.inTransaction(() -> {
            // The audit row goes first: appending takes the chain's lock, so two stations starting fresh at once
            // cannot both create a "first" administrator.
            Actor firstStart = Actor.system("first-start", station);
            audit.append(new AuditRecord(firstStart, AuditAction.OPERATOR_CREATE, "operator '" + name + "'", "",
                    AuditValues.of(Map.of("username", name, "displayName", displayName.strip(), "role", Role.ADMIN.label()))));
            if (operators.count() > 0) {
                throw new IllegalStateException("An administrator exists already: sign in instead.");
            }
            Instant now = clock.instant();
            return operators.insert(new Operator(0, name, displayName.strip(), Role.ADMIN, true, 0, null, false, now, now), hash);
        });
        Actor actor = sessions.open(created, station);
        transactions.inTransaction(() -> audit.append(AuditRecord.of(actor, AuditAction.LOGIN_SUCCESS, subject(created))));
        return actor;
    }

    @Override
    public Actor login(String username, char[] password, String station) {
        String name = normalized(username);
        Outcome outcome = transactions.inTransaction(() -> checkPassword(name, password, station));
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        Actor actor = sessions.open(outcome.operator(), station);
        transactions.inTransaction(() -> audit.append(AuditRecord.of(actor, AuditAction.LOGIN_SUCCESS, subject(outcome.operator()))));
        return actor;
    }

    @Override
    public void confirmPassword(Actor actor, char[] password) {
        Operator operator = sessions.operator(actor, Permission.VIEW_PERSONS);
        Outcome outcome = transactions.inTransaction(() -> checkPassword(operator.username(), password, actor.station()));
        if (outcome.refusal() != null) {
            if (outcome.refusal().reason() != Reason.WRONG_CREDENTIALS) {
                sessions.close(actor);
            }
            throw outcome.refusal();
        }
    }

    private record Outcome(Operator operator, LoginRefusedException refusal) {
    }

    /** Checks a password and records the outcome; refusals are returned, not thrown, so that they are committed. */
    private Outcome checkPassword(String name, char[] password, String station) {
        Instant now = clock.instant();
        Actor login = Actor.system("login", station);
        Optional<Operator> found = operators.findByUsername(name);
        if (found.isEmpty()) {
            hasher.hash(password); // as slow as a real check: the answer's timing does not tell who exists
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILURE, "operator '" + name + "' (no such operator)"));
            return new Outcome(null, new LoginRefusedException(Reason.WRONG_CREDENTIALS, WRONG, null));
        }
        Operator operator = found.get();
        if (operator.lockedAt(now)) {
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILURE, subject(operator) + " (locked)"));
            return new Outcome(null, locked(operator.lockedUntil()));
        }
        String hash = operators.passwordHash(operator.id()).orElse(null);
        if (!hasher.matches(password, hash)) {
            int failed = operator.failedLogins() + 1;
            boolean lockOut = failed >= config.lockoutAttempts();
            Instant until = lockOut ? now.plus(Duration.ofMinutes(config.lockoutMinutes())) : null;
            operators.update(with(operator, lockOut ? 0 : failed, until, operator.lastLoginAt()));
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILURE, subject(operator) + " (wrong password, attempt " + failed + ")"));
            if (lockOut) {
                audit.append(new AuditRecord(login, AuditAction.LOGIN_LOCKOUT, subject(operator), "",
                        AuditValues.of(Map.of("lockedUntil", until, "failedAttempts", failed))));
                sessions.refresh(operator.id());
                return new Outcome(null, locked(until));
            }
            return new Outcome(null, new LoginRefusedException(Reason.WRONG_CREDENTIALS, WRONG, null));
        }
        if (!operator.enabled()) {
            audit.append(AuditRecord.of(login, AuditAction.LOGIN_FAILURE, subject(operator) + " (disabled)"));
            return new Outcome(null, new LoginRefusedException(Reason.DISABLED, "This account is disabled: ask an administrator.", null));
        }
        if (hasher.needsUpgrade(hash)) {
            operators.updatePasswordHash(operator.id(), hasher.hash(password));
        }
        Operator signedIn = with(operator, 0, null, now);
        operators.update(signedIn);
        return new Outcome(signedIn, null);
    }

    private static LoginRefusedException locked(Instant until) {
        return new LoginRefusedException(Reason.LOCKED, "Too many failed log-ins: this account is locked until " + until
                + " (UTC). An administrator can lift the lock by resetting the password.", until);
    }

    @Override
    public void logout(Actor actor) {
        if (actor.isSystem() || !sessions.isOpen(actor)) {
            return;
        }
        sessions.close(actor);
        transactions.inTransaction(() -> audit.append(AuditRecord.of(actor, AuditAction.LOGOUT, "operator '" + actor.username() + "'")));
    }

    @Override
    public Operator current(Actor actor) {
        Operator operator = sessions.operator(actor, Permission.VIEW_PERSONS);
        return operators.findById(operator.id()).orElseThrow();
    }

    @Override
    public Duration idleLock() {
        return Duration.ofMinutes(config.idleLockMinutes());
    }

    @Override
    public void changeOwnPassword(Actor actor, char[] oldPassword, char[] newPassword) {
        Operator operator = sessions.operator(actor, Permission.VIEW_PERSONS);
        List<String> problems = passwordProblems(operator.username(), newPassword);
        if (Arrays.equals(oldPassword, newPassword)) {
            problems = new ArrayList<>(problems);
            problems.add("The new password must differ from the old one.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidOperatorException(problems);
        }
        confirmPassword(actor, oldPassword);
        String hash = hasher.hash(newPassword);
        transactions.inTransaction(() -> {
            Operator stored = operators.findById(operator.id()).orElseThrow();
            operators.updatePasswordHash(stored.id(), hash);
            operators.update(new Operator(stored.id(), stored.username(), stored.displayName(), stored.role(), stored.enabled(), 0, null,
                    false, stored.createdAt(), stored.lastLoginAt()));
            return audit.append(AuditRecord.of(actor, AuditAction.OPERATOR_PASSWORD_CHANGE, subject(stored)));
        });
        sessions.refresh(operator.id());
    }

    @Override
    public List<Operator> list(Actor actor) {
        sessions.require(actor, Permission.MANAGE_OPERATORS);
        return operators.list();
    }

    @Override
    public Operator add(Actor actor, String username, String displayName, Role role, char[] initialPassword) {
        sessions.require(actor, Permission.MANAGE_OPERATORS);
        String name = normalized(username);
        List<String> problems = new ArrayList<>(problemsWith(name, displayName));
        if (role == null || !Role.operatorRoles().contains(role)) {
            problems.add("Choose a role: Security, Reception or Admin.");
        }
        problems.addAll(passwordProblems(name, initialPassword));
        if (problems.isEmpty() && operators.findByUsername(name).isPresent()) {
            problems.add("The user name '" + name + "' is taken.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidOperatorException(problems);
        }
        String hash = hasher.hash(initialPassword);
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Operator created = operators.insert(new Operator(0, name, displayName.strip(), role, true, 0, null, true, now, null), hash);
            audit.append(new AuditRecord(actor, AuditAction.OPERATOR_CREATE, subject(created), "", describe(created)));
            return created;
        });
    }

    @Override
    public Operator changeRole(Actor actor, long operatorId, Role role) {
        if (role == null || !Role.operatorRoles().contains(role)) {
            throw new InvalidOperatorException(List.of("Choose a role: Security, Reception or Admin."));
        }
        return change(actor, operatorId, before -> {
            if (before.role() == Role.ADMIN && role != Role.ADMIN) {
                requireAnotherAdmin(before);
            }
            return new Operator(before.id(), before.username(), before.displayName(), role, before.enabled(), before.failedLogins(),
                    before.lockedUntil(), before.mustChangePassword(), before.createdAt(), before.lastLoginAt());
        });
    }

    @Override
    public Operator setEnabled(Actor actor, long operatorId, boolean enabled) {
        return change(actor, operatorId, before -> {
            if (!enabled && before.id() == actor.operatorId()) {
                throw new InvalidOperatorException(List.of("You cannot disable your own account."));
            }
            if (!enabled && before.role() == Role.ADMIN) {
                requireAnotherAdmin(before);
            }
            return new Operator(before.id(), before.username(), before.displayName(), before.role(), enabled, before.failedLogins(),
                    before.lockedUntil(), before.mustChangePassword(), before.createdAt(), before.lastLoginAt());
        });
    }

    @Override
    public Operator resetPassword(Actor actor, long operatorId, char[] temporaryPassword) {
        sessions.require(actor, Permission.MANAGE_OPERATORS);
        Operator target = operators.findById(operatorId).orElseThrow(() -> noSuchOperator(operatorId));
        List<String> problems = passwordProblems(target.username(), temporaryPassword);
        if (!problems.isEmpty()) {
            throw new InvalidOperatorException(problems);
        }
        String hash = hasher.hash(temporaryPassword);
        Operator after = transactions.inTransaction(() -> {
            Operator before = operators.findById(operatorId).orElseThrow(() -> noSuchOperator(operatorId));
            Operator reset = new Operator(before.id(), before.username(), before.displayName(), before.role(), before.enabled(), 0, null,
                    true, before.createdAt(), before.lastLoginAt());
            operators.updatePasswordHash(operatorId, hash);
            operators.update(reset);
            audit.append(new AuditRecord(actor, AuditAction.OPERATOR_PASSWORD_RESET, subject(before), describe(before), describe(reset)));
            return reset;
        });
        sessions.refresh(operatorId);
        return after;
    }

    private interface Change {
        Operator apply(Operator before);
    }

    private Operator change(Actor actor, long operatorId, Change change) {
        sessions.require(actor, Permission.MANAGE_OPERATORS);
        Operator after = transactions.inTransaction(() -> {
            Operator before = operators.findById(operatorId).orElseThrow(() -> noSuchOperator(operatorId));
            Operator changed = change.apply(before);
            operators.update(changed);
            audit.append(new AuditRecord(actor, AuditAction.OPERATOR_CHANGE, subject(before), describe(before), describe(changed)));
            return changed;
        });
        sessions.refresh(operatorId);
        return after;
    }

    private void requireAnotherAdmin(Operator leaving) {
        boolean another = operators.list().stream()
                .anyMatch(o -> o.id() != leaving.id() && o.enabled() && o.role() == Role.ADMIN);
        if (!another) {
            throw new InvalidOperatorException(List.of("'" + leaving.username() + "' is the last enabled administrator."));
        }
    }

    private static InvalidOperatorException noSuchOperator(long id) {
        return new InvalidOperatorException(List.of("Operator " + id + " no longer exists."));
    }

    private static Operator with(Operator o, int failed, Instant lockedUntil, Instant lastLogin) {
        return new Operator(o.id(), o.username(), o.displayName(), o.role(), o.enabled(), failed, lockedUntil, o.mustChangePassword(),
                o.createdAt(), lastLogin);
    }

    private static String subject(Operator operator) {
        return "operator " + operator.id() + " '" + operator.username() + "'";
    }

    private static String describe(Operator o) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("username", o.username());
        values.put("displayName", o.displayName());
        values.put("role", o.role().label());
        values.put("enabled", o.enabled());
        values.put("mustChangePassword", o.mustChangePassword());
        values.put("lockedUntil", o.lockedUntil());
        return AuditValues.of(values);
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> problemsWith(String username, String displayName) {
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("A user name has 2 to 64 letters, digits, '.', '_' or '-', and starts with a letter or digit.");
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add("A full name is required.");
        }
        return problems;
    }

    private List<String> passwordProblems(String username, char[] password) {
        List<String> problems = new ArrayList<>();
        int minimum = config.minimumPasswordLength();
        if (password == null || password.length < minimum) {
            problems.add("A password has at least " + minimum + " characters.");
        } else if (new String(password).toLowerCase(Locale.ROOT).contains(username) && !username.isEmpty()) {
            problems.add("A password must not contain the user name.");
        }
        return problems;
    }
}
