package org.gatepass.core.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tokens and the check at the gate: genuine, forged, altered, outdated, expired, revoked, early and wrong-gate codes. */
class PassTokenTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final byte[] KEY = key(1);
    private static final VisitorPass PASS = new VisitorPass(4711L, 12, "Meeting", NOW.minusSeconds(3600), NOW.plusSeconds(7200),
            List.of("main-entrance"), NOW.minusSeconds(7200), "reception", null, null, null);
    private final PassCheck check = new PassCheck(ZoneOffset.UTC);

    @Test
    void aGenuineTokenCarriesItsPassAndValidityInAlphanumericText() {
        String token = PassToken.sign(KEY, PASS);
        assertEquals(52, token.length(), token);
        assertTrue(token.matches("GP1:[A-Z2-7]{48}"), "only characters of the QR alphanumeric mode: " + token);
        PassToken.Claims claims = PassToken.verify(KEY, token).orElseThrow();
        assertEquals(new PassToken.Claims(4711L, PASS.validFrom(), PASS.validUntil()), claims);
        assertTrue(check.check(KEY, token, passes(PASS), "main-entrance", NOW).admitted());
    }

    @Test
    void everyChangedCharacterAndAnotherKeyIsRefusedAsForged() {
        String token = PassToken.sign(KEY, PASS);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for (int i = PassToken.PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            String altered = token.substring(0, i) + alphabet.charAt((alphabet.indexOf(c) + 1) % 32) + token.substring(i + 1);
            assertEquals("forged or altered pass code", check.check(KEY, altered, passes(PASS), "main-entrance", NOW).refusal(), altered);
        }
        assertTrue(PassToken.verify(key(2), token).isEmpty(), "signed with another installation's key");
        for (String junk : List.of("", "GP1:", "GP1:abc", token + "A", token.toLowerCase(), "GP1:" + "0".repeat(48), "https://example.org")) {
            assertTrue(PassToken.verify(KEY, junk).isEmpty(), junk);
        }
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            char[] guess = new char[48];
            for (int j = 0; j < guess.length; j++) {
                guess[j] = alphabet.charAt(random.nextInt(32));
            }
            assertTrue(PassToken.verify(KEY, "GP1:" + new String(guess)).isEmpty());
        }
    }

    @Test
    void storedStateDecidesAGenuineCode() {
        String token = PassToken.sign(KEY, PASS);
        assertEquals("pass 4711 expired at 2026-12-04 12:00", check.check(KEY, token, passes(PASS), "main-entrance", NOW.plusSeconds(7200)).refusal());
        assertEquals("pass 4711 is valid from 2026-12-04 09:00", check.check(KEY, token, passes(PASS), "main-entrance", NOW.minusSeconds(3601)).refusal());
        assertEquals("pass 4711 does not open camera lab-2", check.check(KEY, token, passes(PASS), "lab-2", NOW).refusal());
        VisitorPass revoked = new VisitorPass(PASS.id(), PASS.personId(), PASS.purpose(), PASS.validFrom(), PASS.validUntil(), PASS.cameras(),
                PASS.issuedAt(), PASS.issuedBy(), NOW.minusSeconds(60), "reception", "left early");
        assertEquals("pass 4711 was revoked: left early", check.check(KEY, token, passes(revoked), "main-entrance", NOW).refusal());
        VisitorPass extended = new VisitorPass(PASS.id(), PASS.personId(), PASS.purpose(), PASS.validFrom(), PASS.validUntil().plusSeconds(3600),
                PASS.cameras(), PASS.issuedAt(), PASS.issuedBy(), null, null, null);
        assertEquals("an outdated code of pass 4711 (its validity was changed)",
                check.check(KEY, token, passes(extended), "main-entrance", NOW).refusal());
        assertEquals("pass 4711 does not exist", check.check(KEY, token, id -> Optional.empty(), "main-entrance", NOW).refusal());
        assertEquals("this station has no pass key and cannot check passes", check.check(null, token, passes(PASS), "main-entrance", NOW).refusal());
        VisitorPass everywhere = new VisitorPass(PASS.id(), PASS.personId(), PASS.purpose(), PASS.validFrom(), PASS.validUntil(), List.of(),
                PASS.issuedAt(), PASS.issuedBy(), null, null, null);
        assertNull(check.check(KEY, token, passes(everywhere), "lab-2", NOW).refusal(), "no cameras listed: every camera");
    }

    @Test
    void onlyStoredPassesWithAFullKeyAreSigned() {
        assertThrows(IllegalArgumentException.class, () -> PassToken.sign(KEY, VisitorPass.newPass(1, "", NOW, NOW.plusSeconds(60), List.of())));
        assertThrows(IllegalArgumentException.class, () -> PassToken.sign(Arrays.copyOf(KEY, 16), PASS));
    }

    private static java.util.function.LongFunction<Optional<VisitorPass>> passes(VisitorPass pass) {
        return id -> Optional.ofNullable(Map.of(pass.id(), pass).get(id));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[PassToken.KEY_BYTES];
        new Random(seed).nextBytes(key);
        return key;
    }
}
