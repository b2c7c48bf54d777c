package org.gatepass.core.audit;

/** Everything the audit trail records, with the code stored in its rows. */
public enum AuditAction {
    PERSON_CREATE("person.create"),
    PERSON_UPDATE("person.update"),
    PERSON_DEACTIVATE("person.deactivate"),
    PERSON_ERASE("person.erase"),
    PERSON_EXPORT("person.export"),
    FACES_ENROL("faces.enrol"),
    FACES_ERASE("faces.erase"),
    CONSENT_RECORD("consent.record"),
    CONSENT_WITHDRAW("consent.withdraw"),
    ALERT_ACKNOWLEDGE("alert.acknowledge"),
    ALERT_RESOLVE("alert.resolve"),
    STRANGER_NAME("stranger.name"),
    PRESENCE_MARK_OUT("presence.markout"),
    PASS_ISSUE("pass.issue"),
    PASS_REVOKE("pass.revoke"),
    PASS_EMAIL("pass.email"),
    ACCESS_GATE_SAVE("access.gate.save"),
    ACCESS_GATE_DELETE("access.gate.delete"),
    ACCESS_LEVEL_SAVE("access.level.save"),
    ACCESS_LEVEL_DELETE("access.level.delete"),
    ACCESS_HOLIDAY_SAVE("access.holiday.save"),
    ACCESS_HOLIDAY_DELETE("access.holiday.delete"),
    ACCESS_GRANT("access.grant"),
    ACCESS_REVOKE("access.revoke"),
    ACCESS_RULE_SAVE("access.rule.save"),
    ACCESS_RULE_DELETE("access.rule.delete"),
    SETTINGS_CHANGE("settings.change"),
    SECRET_CHANGE("secret.change"),
    OPERATOR_CREATE("operator.create"),
    OPERATOR_CHANGE("operator.change"),
    OPERATOR_PASSWORD_RESET("operator.password.reset"),
    OPERATOR_PASSWORD_CHANGE("operator.password.change"),
    LOGIN_SUCCESS("login.success"),
    LOGIN_FAILURE("login.failure"),
    LOGIN_LOCKOUT("login.lockout"),
    LOGOUT("logout"),
    NOTIFICATION_RESEND("notification.resend"),
    EXTENSION_INSTALL("extension.install"),
    EXTENSION_REMOVE("extension.remove");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    /** The code stored in the audit row: "person.create". */
    public String code() {
        return code;
    }

    public static AuditAction ofCode(String code) {
        for (AuditAction action : values()) {
            if (action.code.equals(code)) {
                return action;
            }
        }
        throw new IllegalArgumentException("Unknown audit action '" + code + "'");
    }
}
