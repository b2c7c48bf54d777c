package org.gatepass.persistence.internal;

import java.util.Locale;

/** Turns operator text into a lower-case LIKE pattern for "contains", with % and _ escaped by '!'. */
final class LikePattern {
    private LikePattern() {
    }

    /** null for blank text, meaning "no filter". */
    static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
