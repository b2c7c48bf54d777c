package org.gatepass.core.storage;

import org.gatepass.core.biometric.FaceTemplate;
import org.gatepass.core.biometric.StoredTemplates;

/** Storage of face templates (SPI, implemented by the persistence bundle), encrypted at rest. */
public interface FaceTemplateRepository {

    /** Stores a template and returns it with its id. */
    FaceTemplate add(FaceTemplate template);

    /** Every template made by {@code modelId}, for the matcher, with the ids of any that cannot be read. */
    StoredTemplates forModel(String modelId);

    /**
     * How many persons have templates, but none made by {@code modelId}: after a change of model they
     * are not recognised until they are enrolled again.
     */
    int countPersonsWithoutTemplatesOf(String modelId);

    /** Erases all templates of a person (the right to be forgotten); returns how many were erased. */
    int eraseForPerson(long personId);

    /** How many templates the person has, of any model. */
    int countOfPerson(long personId);
}
