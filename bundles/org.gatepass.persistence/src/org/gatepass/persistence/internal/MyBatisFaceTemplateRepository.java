package org.gatepass.persistence.internal;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.gatepass.core.DataDirectory;
import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.biometric.StoredTemplates;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = FaceTemplateRepository.class)
public final class MyBatisFaceTemplateRepository implements FaceTemplateRepository {
    private static final Logger LOG = Logger.getLogger(MyBatisFaceTemplateRepository.class.getName());

    private final Database database;
    private final TemplateCipher cipher;

    @Activate
    public MyBatisFaceTemplateRepository(@Reference Database database) {
        this(database, new TemplateCipher(TemplateKey.resolve(DataDirectory.resolve())));
    }

    MyBatisFaceTemplateRepository(Database database, TemplateCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    @Override
    public FaceTemplate add(FaceTemplate template) {
        byte[] sealed = cipher.seal(template.vector(), template.personId(), template.modelId());
        return database.write(session -> {
            GeneratedKey key = new GeneratedKey();
            session.getMapper(FaceTemplateMapper.class).insert(template.personId(), template.modelId(), template.vector().length, sealed,
                    template.createdAt(), key);
            return template.withId(key.getValue());
        });
    }

    @Override
    public StoredTemplates forModel(String modelId) {
        List<SealedTemplate> rows = database.read(session -> session.getMapper(FaceTemplateMapper.class).forModel(modelId));
        List<FaceTemplate> templates = new ArrayList<>(rows.size());
        List<Long> unreadable = new ArrayList<>();
        for (SealedTemplate row : rows) {
            try {
                float[] vector = cipher.open(row.vectorSealed(), row.personId(), row.modelId());
                if (vector.length != row.dims()) {
                    throw new GeneralSecurityException("has " + vector.length + " values, the row says " + row.dims());
                }
                templates.add(new FaceTemplate(row.id(), row.personId(), row.modelId(), vector, row.createdAt()));
            } catch (GeneralSecurityException e) {
                unreadable.add(row.id());
                LOG.warning(() -> "Face template " + row.id() + " of person " + row.personId() + " cannot be read (" + e.getMessage()
                        + "); the person must be enrolled again");
            }
        }
        return new StoredTemplates(templates, unreadable);
    }

    @Override
    public int countPersonsWithoutTemplatesOf(String modelId) {
        return database.read(session -> session.getMapper(FaceTemplateMapper.class).countPersonsWithoutTemplatesOf(modelId));
    }

    @Override
    public int eraseForPerson(long personId) {
        return database.write(session -> session.getMapper(FaceTemplateMapper.class).eraseForPerson(personId));
    }

    @Override
    public int countOfPerson(long personId) {
        return database.read(session -> session.getMapper(FaceTemplateMapper.class).countOfPerson(personId));
    }
}
