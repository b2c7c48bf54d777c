package org.gatepass.vision;

/** An axis-aligned rectangle in frame pixels: top-left corner and size. */
public record Box(float x, float y, float width, float height) {

    public Box {
        if (!(width >= 0 && height >= 0)) {
            throw new IllegalArgumentException("A box has a non-negative size, not " + width + "x" + height);
        }
    }

    public float area() {
        return width * height;
    }

    /** Intersection over union: 0 for disjoint boxes, 1 for identical ones. */
    public float iou(Box other) {
        float w = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
        float h = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        float intersection = w * h;
        return intersection / (area() + other.area() - intersection);
    }
}
