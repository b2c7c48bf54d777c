package org.gatepass.notify.email.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** Starts GreenMail so its threads, which parse what arrives, find Jakarta Mail's providers as the notifier does. */
final class TestGreenMail {
    private TestGreenMail() {
    }

    static GreenMail start(ServerSetup setup) {
        return MailClassLoader.call(() -> {
            GreenMail greenMail = new GreenMail(setup.dynamicPort());
            greenMail.start();
            return greenMail;
        });
    }
}
