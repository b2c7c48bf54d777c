/** Gate movements: events, their log view and the repository SPI that stores them. */
@org.osgi.annotation.versioning.Version("0.5.0")
package org.gatepass.core.event;
