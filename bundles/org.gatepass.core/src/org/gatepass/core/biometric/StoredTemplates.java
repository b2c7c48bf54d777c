package org.gatepass.core.biometric;

import java.util.List;

/**
 * The templates of one model as read from storage, and the ids of those that could not be read
 * (corrupted or encrypted with another key): they are reported, never silently dropped.
 */
public record StoredTemplates(List<FaceTemplate> templates, List<Long> unreadableIds) {

    public StoredTemplates {
        templates = List.copyOf(templates);
        unreadableIds = List.copyOf(unreadableIds);
    }
}
