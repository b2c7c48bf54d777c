/**
 * Reports over the stored gate events, computed in the database: daily attendance (first in, last out, time on site
 * per person and day) and movements per hour, for a range of local days with filters by category and camera.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.core.report;
