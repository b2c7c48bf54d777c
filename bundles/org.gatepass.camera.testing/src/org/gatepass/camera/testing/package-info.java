/** What the camera tests share: a sink that records frames, and waiting for a camera's status. Tests only. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.gatepass.camera.testing;
