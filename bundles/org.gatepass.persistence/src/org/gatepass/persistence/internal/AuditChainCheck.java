package org.gatepass.persistence.internal;

import java.util.List;
import java.util.function.Supplier;

import org.gatepass.core.audit.ChainVerification;

/**
 * One check of the audit chain: walks every row in seq order, a page at a time, and names the first row that is
 * missing, inserted or changed, then compares the last row with the head. Runs in one session; the head it holds
 * was read before the rows, so a row past it is another station's append or a forgery. To tell which, the head is
 * read again with a lock in a transaction of its own: that read waits for an append still committing and sees the
 * newest head, where a plain read may still see the old one while the new row is already visible (seen on H2).
 */
final class AuditChainCheck {
    private final AuditMapper mapper;
    private final Supplier<AuditHead> settledHead;
    private final int pageSize;
    private AuditHead head;
    private long expected = 1;
    private String previousHash = AuditChain.GENESIS;

    AuditChainCheck(AuditMapper mapper, Supplier<AuditHead> settledHead, int pageSize) {
        this.mapper = mapper;
        this.settledHead = settledHead;
        this.pageSize = pageSize;
    }

    ChainVerification run() {
        head = mapper.head();
        // From the lowest possible seq, so that a forged row numbered 0 or below is seen too.
        long after = Long.MIN_VALUE;
        for (List<AuditRow> page = mapper.chain(after, pageSize); !page.isEmpty(); page = mapper.chain(after, pageSize)) {
            for (AuditRow row : page) {
                Break broken = problem(row);
                if (broken != null) {
                    return new ChainVerification(expected - 1, broken.seq(), broken.problem());
                }
                previousHash = row.hash();
                expected++;
                after = row.seq();
            }
        }
        return endMatchesHead();
    }

    /** Where the chain breaks and how, in words. */
    private record Break(long seq, String problem) {
    }

    /** What is wrong with a row, or null when it fits the chain. */
    private Break problem(AuditRow row) {
        if (row.seq() < expected) { // only a row numbered 0 or below sorts before the one expected
            return new Break(expected, "a row numbered " + row.seq() + " was inserted before row 1: Gatepass numbers rows from 1");
        }
        if (row.seq() > head.seq()) {
            head = settledHead.get(); // read after the row: covers it if another station appended it meanwhile
            if (row.seq() > head.seq()) {
                return new Break(row.seq(), "row " + row.seq() + " was not written by Gatepass: the chain's head is row " + head.seq());
            }
        }
        if (row.seq() != expected) {
            return new Break(expected, "row " + expected + " is missing: the chain jumps from row " + (expected - 1) + " to row " + row.seq());
        }
        if (!row.prevHash().equals(previousHash)) {
            return new Break(row.seq(),
                    "row " + row.seq() + " does not follow row " + (expected - 1) + ": a row before it was changed, removed or inserted");
        }
        if (!AuditChain.hash(previousHash, row).equals(row.hash())) {
            return new Break(row.seq(), "row " + row.seq() + " was changed after it was written (its content does not match its hash)");
        }
        return null;
    }

    /** Rows taken from the end leave the head pointing past the last row; the head was read before the rows were. */
    private ChainVerification endMatchesHead() {
        long last = expected - 1;
        if (head.seq() > last) {
            return new ChainVerification(last, last + 1,
                    "row " + (last + 1) + " is missing: the trail ends at row " + last + " but " + head.seq() + " rows were written");
        }
        if (!head.hash().equals(previousHash)) {
            return new ChainVerification(Math.max(last - 1, 0), Math.max(last, 1), "row " + last
                    + " does not match the chain's head (audit_head): that row was rewritten with a new hash, or the head was changed");
        }
        return ChainVerification.intact(last);
    }
}
