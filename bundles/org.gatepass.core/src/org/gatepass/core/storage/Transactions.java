package org.gatepass.core.storage;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: repository calls made inside it on the same thread join it, so a
 * change and the audit row recording it are committed together or not at all.
 */
public interface Transactions {

    /** Commits when {@code work} returns, rolls back when it throws; nested calls join the outer transaction. */
    <T> T inTransaction(Supplier<T> work);
}
