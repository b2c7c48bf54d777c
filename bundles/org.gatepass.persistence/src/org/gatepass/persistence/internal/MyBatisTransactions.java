package org.gatepass.persistence.internal;

import java.util.function.Supplier;

import org.gatepass.core.storage.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Transactions.class)
public final class MyBatisTransactions implements Transactions {
    private final Database database;

    @Activate
    public MyBatisTransactions(@Reference Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.write(session -> work.get());
    }
}
