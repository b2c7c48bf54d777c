/**
 * Storage SPI: the repositories the services and the gate runtime use, implemented by the persistence
 * bundle. The UI and plug-ins never use them; they call the services, which check permissions and audit.
 */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.gatepass.core.storage;
