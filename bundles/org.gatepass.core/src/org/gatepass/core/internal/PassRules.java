package org.gatepass.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gatepass.core.pass.PassService;
import org.gatepass.core.pass.VisitorPass;

/** What makes a pass unfit to issue, in words for the reception: the one set of rules for the Visitors view and imports. */
final class PassRules {
    static final int MAX_PURPOSE = 200;
    static final int MAX_CAMERAS = 1000;
    static final String ENDS_BEFORE_BEGINS = "The pass must end after it begins.";
    static final String TOO_LONG = "A pass is valid for at most " + PassService.LONGEST.toDays() + " days.";
    static final String ENDED = "The pass would have ended already.";
    static final String PURPOSE = "The purpose is at most " + MAX_PURPOSE + " characters long.";
    static final String CAMERAS = "Cameras are listed by their IDs, which contain no commas, " + MAX_CAMERAS + " characters in all at most.";

    private PassRules() {
    }

    static List<String> problems(VisitorPass pass, Instant now) {
        List<String> problems = new ArrayList<>();
        if (!pass.validUntil().isAfter(pass.validFrom())) {
            problems.add(ENDS_BEFORE_BEGINS);
        } else if (pass.validUntil().isAfter(pass.validFrom().plus(PassService.LONGEST))) {
            problems.add(TOO_LONG);
        }
        if (!pass.validUntil().isAfter(now)) {
            problems.add(ENDED);
        }
        if (pass.purpose().length() > MAX_PURPOSE) {
            problems.add(PURPOSE);
        }
        if (String.join(",", pass.cameras()).length() > MAX_CAMERAS || pass.cameras().stream().anyMatch(c -> c.contains(","))) {
            problems.add(CAMERAS);
        }
        return problems;
    }
}
