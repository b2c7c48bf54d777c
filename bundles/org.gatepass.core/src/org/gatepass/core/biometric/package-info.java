/**
 * Face templates: the embeddings that identify enrolled people, tagged with the model that made them.
 * They are biometric data, so the repository keeps them encrypted at rest and erases them per person.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.core.biometric;
