package org.gatepass.vision.internal;

import java.util.function.Supplier;

/** Hands out a set of models already made first, then new ones made the same way. */
final class MoreOfTheSame implements Supplier<FaceModels> {
    private FaceModels first;
    private final Supplier<FaceModels> more;

    MoreOfTheSame(FaceModels first, Supplier<FaceModels> more) {
        this.first = first;
        this.more = more;
    }

    @Override
    public synchronized FaceModels get() {
        FaceModels next = first != null ? first : more.get();
        first = null;
        return next;
    }
}
