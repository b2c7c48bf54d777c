/**
 * What camera and gate tests share: a sink that records frames, waiting for a camera's status, the LFW photos
 * in ../shared and replay folders acting out people walking past a camera. Tests only.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.gatepass.camera.testing;
