package org.gatepass.core.audit;

/**
 * The outcome of checking the audit chain from its first row.
 * @param rowsChecked rows read before the first break, or all rows when intact
 * @param firstBrokenSeq the sequence number of the first row that does not fit; 0 when intact
 * @param problem what is wrong there, in words; empty when intact
 */
public record ChainVerification(long rowsChecked, long firstBrokenSeq, String problem) {

    public static ChainVerification intact(long rows) {
        return new ChainVerification(rows, 0, "");
    }

    public boolean isIntact() {
        return firstBrokenSeq == 0;
    }
}
