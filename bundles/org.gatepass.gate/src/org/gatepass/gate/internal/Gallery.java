package org.gatepass.gate.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.storage.FaceTemplateRepository;
import org.gatepass.core.biometric.StoredTemplates;
import org.gatepass.vision.Candidate;
import org.gatepass.vision.Embedding;
import org.gatepass.vision.FaceGallery;
import org.gatepass.vision.FacePipeline;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The enrolled templates of the pipeline's current model, in memory for 1:N search; templates of other
 * models are ignored until those people are enrolled again.
 * <p>
 * The templates are read from the database on a background thread, started at activation. Until that
 * has worked, {@link #nearest} answers empty, so cameras never wait for the database; a failed load (the
 * database down at start-up) is tried again on a search after {@link #RETRY_AFTER_NANOS}. Searches take
 * no lock: the gallery is published through a volatile field and {@link FaceGallery} is lock-free for
 * searches. Changes (loading, adding, removing) are serialised among themselves.
 */
@Component(service = Gallery.class)
public final class Gallery {
    private static final Logger LOG = Logger.getLogger(Gallery.class.getName());
    static final long RETRY_AFTER_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** One daemon thread for all galleries' loads, ended when idle so a stopped bundle leaves none behind. */
    private static final ExecutorService LOADER = loader();
    private static final Loaded NOBODY = new Loaded(null);

    /** The templates once read; {@code faces} is null while nobody is enrolled, as its dimension is unknown then. */
    private record Loaded(FaceGallery faces) {
    }

    private final FacePipeline pipeline;
    private final FaceTemplateRepository templates;
    private final ReentrantLock changes = new ReentrantLock();
    private final AtomicBoolean loading = new AtomicBoolean();
    /** Null until loaded; then the gallery, or {@link #NOBODY} while nobody is enrolled with the current model. */
    private volatile Loaded loaded;
    private volatile long lastAttemptNanos;

    @Activate
    public Gallery(@Reference FacePipeline pipeline, @Reference FaceTemplateRepository templates) {
        this.pipeline = pipeline;
        this.templates = templates;
        startLoading();
    }

    public String modelId() {
        return pipeline.embedderModelId();
    }

    /**
     * The {@code count} enrolled persons nearest to the probe, best first (empty list when nobody is
     * enrolled); empty while the templates have not been loaded from the database yet.
     */
    public Optional<List<Candidate>> nearest(Embedding probe, int count) {
        Loaded current = loaded;
        if (current == null) {
            if (System.nanoTime() - lastAttemptNanos > RETRY_AFTER_NANOS) {
                startLoading();
            }
            return Optional.empty();
        }
        return Optional.of(current.faces() == null ? List.of() : current.faces().nearest(probe, count));
    }

    /** Number of distinct persons enrolled with the current model; 0 until loaded. */
    public int persons() {
        Loaded current = loaded;
        return current == null || current.faces() == null ? 0 : current.faces().persons();
    }

    /**
     * Adds a template already stored in the database. Before the load it is left out: the load reads it
     * from the database.
     */
    public void add(long personId, Embedding template) {
        changes.lock();
        try {
            Loaded current = loaded;
            if (current == null) {
                return;
            }
            if (current.faces() == null) {
                loaded = current = new Loaded(new FaceGallery(template.modelId(), template.dimension()));
            }
            current.faces().add(personId, template);
        } finally {
            changes.unlock();
        }
    }

    /** Forgets a person whose templates were erased from the database. */
    public void removePerson(long personId) {
        changes.lock();
        try {
            Loaded current = loaded;
            if (current != null && current.faces() != null) {
                current.faces().removePerson(personId);
            }
        } finally {
            changes.unlock();
        }
    }

    private void startLoading() {
        if (loading.compareAndSet(false, true)) {
            lastAttemptNanos = System.nanoTime();
            LOADER.execute(this::load);
        }
    }

    private void load() {
        changes.lock();
        try {
            if (loaded == null) {
                loaded = read();
                warnOfPersonsToEnrolAgain();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot load the face gallery of model " + modelId() + " (tried again in "
                    + TimeUnit.NANOSECONDS.toSeconds(RETRY_AFTER_NANOS) + " s): " + e.getMessage(), e);
        } finally {
            changes.unlock();
            loading.set(false);
        }
    }

    private Loaded read() {
        StoredTemplates stored = templates.forModel(modelId());
        if (!stored.unreadableIds().isEmpty()) {
            LOG.warning(() -> stored.unreadableIds().size() + " face templates cannot be read; those people must be enrolled again");
        }
        // The length most templates have is the model's: a template of another length or with non-finite values cannot
        // be compared and is left out, so that one bad row does not stop everybody's recognition.
        int dimension = stored.templates().stream().collect(Collectors.groupingBy(t -> t.vector().length, Collectors.counting())).entrySet()
                .stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        if (dimension == 0) {
            return NOBODY;
        }
        FaceGallery faces = new FaceGallery(modelId(), dimension);
        List<Long> unusable = new ArrayList<>();
        for (FaceTemplate template : stored.templates()) {
            try {
                faces.add(template.personId(), new Embedding(template.modelId(), template.vector()));
            } catch (IllegalArgumentException e) {
                unusable.add(template.id());
            }
        }
        if (!unusable.isEmpty()) {
            LOG.warning(() -> "Face templates " + unusable + " cannot be compared (not " + dimension + " finite values) and are left out;"
                    + " those people must be enrolled again");
        }
        LOG.info(() -> "Face gallery of model " + modelId() + ": " + (stored.templates().size() - unusable.size()) + " templates");
        return new Loaded(faces);
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

    private static ExecutorService loader() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "face-gallery-loader");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
