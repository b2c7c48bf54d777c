/** Enrolled people: the domain record, its validation, the service the UI uses and the repository SPI. */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.gatepass.core.person;
