package org.gatepass.vision;

/** A position in frame pixels (x to the right, y down). */
public record Point(float x, float y) {

    public float distanceTo(Point other) {
        return (float) Math.hypot(other.x - x, other.y - y);
    }
}
