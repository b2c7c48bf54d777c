package org.gatepass.persistence.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gatepass.core.biometric.Consent;
import org.gatepass.core.storage.ConsentRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ConsentRepository.class)
public final class MyBatisConsentRepository implements ConsentRepository {
    private final Database database;

    @Activate
    public MyBatisConsentRepository(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Consent insert(Consent consent) {
        if (consent.id() != null || !consent.inForce()) {
            throw new IllegalArgumentException("Only a consent just given is stored");
        }
        return database.write(session -> {
            // a newer consent replaces the one in force: withdrawing it first keeps one in force at most
            session.getMapper(ConsentMapper.class).withdraw(consent.personId(), consent.recordedBy(), consent.recordedAt());
            GeneratedKey key = new GeneratedKey();
            session.getMapper(ConsentMapper.class).insert(consent, key);
            return new Consent(key.getValue(), consent.personId(), consent.text(), consent.recordedBy(), consent.recordedAt(), null, null);
        });
    }

    @Override
    public Optional<Consent> inForce(long personId) {
        return Optional.ofNullable(database.read(session -> session.getMapper(ConsentMapper.class).latest(personId))).filter(Consent::inForce);
    }

    @Override
    public boolean withdraw(long personId, String withdrawnBy, Instant at) {
        return database.write(session -> session.getMapper(ConsentMapper.class).withdraw(personId, withdrawnBy, at)) > 0;
    }

    @Override
    public List<Consent> history(long personId) {
        return database.read(session -> session.getMapper(ConsentMapper.class).history(personId));
    }
}
