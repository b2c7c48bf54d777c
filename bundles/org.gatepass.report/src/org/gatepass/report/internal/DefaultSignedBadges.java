package org.gatepass.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.gatepass.core.pass.InvalidPassException;
import org.gatepass.core.pass.PassKeys;
import org.gatepass.core.pass.PassListing;
import org.gatepass.core.pass.PassToken;
import org.gatepass.core.pass.SignedBadges;
import org.gatepass.core.pass.VisitorPass;
import org.gatepass.core.secret.SecretStore;
import org.gatepass.core.secret.SecretStoreException;
import org.gatepass.report.PassBadge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The printed badge, with the code signed now; a revoked or ended pass is refused rather than sent. */
@Component(service = SignedBadges.class)
public final class DefaultSignedBadges implements SignedBadges {
    private final SecretStore secrets;
    private final PassBadge badges;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public DefaultSignedBadges(@Reference SecretStore secrets, @Reference PassBadge badges) {
        this.secrets = secrets;
        this.badges = badges;
    }

    @Override
    public byte[] badge(PassListing listing, String site, ZoneId zone) throws IOException {
        VisitorPass pass = listing.pass();
        if (pass.revokedAt() != null) {
            throw new InvalidPassException(List.of("Pass " + pass.id() + " was revoked: it is not sent."));
        }
        if (!pass.validUntil().isAfter(clock.instant())) {
            throw new InvalidPassException(List.of("Pass " + pass.id() + " has ended: it is not sent."));
        }
        byte[] key;
        try {
            key = PassKeys.existing(secrets).orElseThrow(() -> new IOException("No pass key exists yet in the secret store"));
        } catch (SecretStoreException e) {
            throw new IOException("The pass key cannot be read: " + e.getMessage(), e);
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        badges.writePdf(listing, PassToken.sign(key, pass), site, zone, pdf);
        return pdf.toByteArray();
    }
}
