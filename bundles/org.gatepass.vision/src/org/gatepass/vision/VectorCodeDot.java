package org.gatepass.vision;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot product 16 codes at a time: the template's bytes widened to shorts (a product of two int8 fits),
 * multiplied with the probe's, and summed into two 8-lane int accumulators. Loaded only when the JVM has the incubating Vector API.
 */
final class VectorCodeDot implements CodeDot {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    @Override
    public int dot(short[] probe, byte[] templates, int offset) {
        IntVector sums = IntVector.zero(INTS);
        int i = 0;
        for (int whole = probe.length - BYTES.length(); i <= whole; i += BYTES.length()) {
            ShortVector a = (ShortVector) ByteVector.fromArray(BYTES, templates, offset + i).convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector products = a.mul(ShortVector.fromArray(SHORTS, probe, i));
            sums = sums.add(products.convertShape(VectorOperators.S2I, INTS, 0)).add(products.convertShape(VectorOperators.S2I, INTS, 1));
        }
        int sum = sums.reduceLanes(VectorOperators.ADD);
        for (; i < probe.length; i++) {
            sum += templates[offset + i] * probe[i];
        }
        return sum;
    }
}
