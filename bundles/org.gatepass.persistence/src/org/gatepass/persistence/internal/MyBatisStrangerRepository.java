package org.gatepass.persistence.internal;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.storage.StrangerCentroid;
import org.gatepass.core.storage.StrangerRepository;
import org.gatepass.core.stranger.Stranger;
import org.gatepass.core.stranger.StrangerQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StrangerRepository.class)
public final class MyBatisStrangerRepository implements StrangerRepository {
    private static final Logger LOG = Logger.getLogger(MyBatisStrangerRepository.class.getName());

    private final Database database;
    private final TemplateCipher cipher;

    @Activate
    public MyBatisStrangerRepository(@Reference Database database) {
        this(database, new TemplateCipher(TemplateKey.resolve(DataDirectory.resolve())));
    }

    MyBatisStrangerRepository(Database database, TemplateCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public long create(long eventId, String embedder, float[] centroid, String cameraId, Instant seen) {
        return database.write(session -> {
            StrangerMapper mapper = session.getMapper(StrangerMapper.class);
            GeneratedKey key = new GeneratedKey();
            mapper.insert(embedder, cameraId, seen, key);
            mapper.seal(key.getValue(), cipher.seal(centroid, key.getValue(), sealedAs(embedder)));
            mapper.assign(eventId, key.getValue());
            return key.getValue();
        });
    }

    @Override
    public void sighted(long strangerId, long eventId, float[] centroid, String cameraId, Instant seen) {
        database.write(session -> {
            StrangerMapper mapper = session.getMapper(StrangerMapper.class);
            String embedder = mapper.embedderOf(strangerId);
            mapper.sighted(strangerId, cipher.seal(centroid, strangerId, sealedAs(embedder)), cameraId, seen);
            mapper.assign(eventId, strangerId);
            return null;
        });
    }

    @Override
    public List<StrangerCentroid> recent(String embedder, Instant since) {
        List<StrangerCentroid> centroids = new ArrayList<>();
        for (StrangerMapper.CentroidRow row : database.read(session -> session.getMapper(StrangerMapper.class).recent(embedder, since))) {
            try {
                centroids.add(new StrangerCentroid(row.id(), cipher.open(row.centroid(), row.id(), sealedAs(row.embedder())), row.sightings()));
            } catch (GeneralSecurityException e) {
                LOG.warning(() -> "Stranger " + row.id() + "'s face data cannot be opened (" + e.getMessage() + "): it is not matched again");
            }
        }
        return centroids;
    }

    @Override
    public List<Stranger> find(StrangerQuery query) {
        return database.read(session -> {
            StrangerMapper mapper = session.getMapper(StrangerMapper.class);
            return mapper.find(query).stream().filter(row -> row.newestEventId() != null)
                    .map(row -> new Stranger(row.id(), row.firstSeen(), row.lastSeen(), row.sightings(), mapper.cameras(row.id()), row.newestEventId(),
                            row.namedPersonId(), row.namedPersonName(), row.namedBy()))
                    .toList();
        });
    }

    @Override
    public List<Long> sightings(long strangerId) {
        return database.read(session -> session.getMapper(StrangerMapper.class).sightings(strangerId));
    }

    @Override
    public boolean name(long strangerId, long personId, String namedBy, Instant at) {
        return database.write(session -> session.getMapper(StrangerMapper.class).name(strangerId, personId, namedBy, at) == 1);
    }

    /** Sealed under another model name than enrolled templates, so a centroid copied onto a template row fails to open. */
    private static String sealedAs(String embedder) {
        return "stranger:" + embedder;
    }
}
