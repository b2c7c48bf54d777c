package org.gatepass.core.notify;

import java.util.Objects;

/** Someone a notifier addresses: an e-mail address, a URL, a phone number, as the notifier understands it. */
public record Recipient(RecipientRole role, String address) {

    public Recipient {
        Objects.requireNonNull(role, "role");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an address");
        }
    }
}
