package org.gatepass.gate.internal;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import org.gatepass.core.StorageException;

import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.biometric.FaceTemplateRepository;
import org.gatepass.core.biometric.StoredTemplates;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FaceGallery;
import org.gatepass.vision.FacePipeline;
import org.gatepass.vision.Candidate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The enrolled templates of the pipeline's current model, in memory for 1:N search. Loaded from the
 * database on first use (a database that is down at start-up is retried on the next frame); templates
 * of other models are ignored until those people are enrolled again.
 */
@Component(service = Gallery.class)
public final class Gallery {
    private static final Logger LOG = Logger.getLogger(Gallery.class.getName());

    private final FacePipeline pipeline;
    private final FaceTemplateRepository templates;
    private boolean loadedFromDatabase;
    /** Null until the first template of the current model. */
    private FaceGallery faces;

    @Activate
    public Gallery(@Reference FacePipeline pipeline, @Reference FaceTemplateRepository templates) {
        this.pipeline = pipeline;
        this.templates = templates;
    }

    public String modelId() {
        return pipeline.embedderModelId();
    }

    /** The nearest enrolled persons, best first; empty while the templates cannot be loaded. */
    public synchronized Optional<List<Candidate>> nearest(Embedding probe, int count) {
        try {
            FaceGallery loaded = loaded();
            return Optional.of(loaded == null ? List.of() : loaded.nearest(probe, count));
        } catch (StorageException e) {
            return Optional.empty();
        }
    }

    /** How many people are enrolled with the current model. */
    public synchronized int persons() {
        FaceGallery loaded = loaded();
        return loaded == null ? 0 : loaded.persons();
    }

    /** Adds a template already stored in the database. */
    public synchronized void add(long personId, Embedding template) {
        FaceGallery loaded = loaded();
        if (loaded == null) {
            faces = loaded = new FaceGallery(template.modelId(), template.dimension());
        }
        loaded.add(personId, template);
    }

    public synchronized void removePerson(long personId) {
        FaceGallery loaded = loaded();
        if (loaded != null) {
            loaded.removePerson(personId);
        }
    }

    public synchronized int size() {
        FaceGallery loaded = loaded();
        return loaded == null ? 0 : loaded.size();
    }

    /** The gallery, loading it on first use; null while nobody is enrolled with the current model. */
    private FaceGallery loaded() {
        if (!loadedFromDatabase) {
            StoredTemplates stored = templates.forModel(modelId());
            if (!stored.unreadableIds().isEmpty()) {
                LOG.warning(() -> stored.unreadableIds().size() + " face templates cannot be read; those people must be enrolled again");
            }
            for (FaceTemplate template : stored.templates()) {
                if (faces == null) {
                    faces = new FaceGallery(modelId(), template.vector().length);
                }
                faces.add(template.personId(), new Embedding(template.modelId(), template.vector()));
            }
            LOG.info(() -> "Face gallery of model " + modelId() + ": " + stored.templates().size() + " templates");
            loadedFromDatabase = true;
            warnOfPersonsToEnrolAgain();
        }
        return faces;
    }

    private void warnOfPersonsToEnrolAgain() {
        try {
            int toEnrolAgain = templates.countPersonsWithoutTemplatesOf(modelId());
            if (toEnrolAgain > 0) {
                LOG.warning(() -> toEnrolAgain + " persons have face templates only of other models than " + modelId()
                        + ": they are not recognised until they are enrolled again");
            }
        } catch (RuntimeException e) {
            // Only a hint for the log: the gallery itself is loaded, and the Persons view shows the count again.
            LOG.warning(() -> "Cannot count the persons to enrol again: " + e.getMessage());
        }
    }
}
