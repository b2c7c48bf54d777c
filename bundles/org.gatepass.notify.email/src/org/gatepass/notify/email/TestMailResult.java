package org.gatepass.notify.email;

/** The outcome of a test e-mail: sent, or the exact reason it was not (authentication, TLS, refused...). */
public record TestMailResult(boolean sent, String message) {

    public static TestMailResult sent(String message) {
        return new TestMailResult(true, message);
    }

    public static TestMailResult failed(String message) {
        return new TestMailResult(false, message);
    }
}
