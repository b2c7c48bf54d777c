package org.gatepass.core.biometric;

import java.util.Map;

/** Storage of face templates (SPI, implemented by the persistence bundle), encrypted at rest. */
public interface FaceTemplateRepository {

    /** Stores a template and returns it with its id. */
    FaceTemplate add(FaceTemplate template);

    /** Every template made by {@code modelId}, for the matcher, with the ids of any that cannot be read. */
    StoredTemplates forModel(String modelId);

    /** How many templates each model has: a change of model shows who must be enrolled again. */
    Map<String, Integer> countByModel();

    /** Erases all templates of a person (the right to be forgotten); returns how many were erased. */
    int eraseForPerson(long personId);
}
