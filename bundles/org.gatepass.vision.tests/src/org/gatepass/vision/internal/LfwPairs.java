package org.gatepass.vision.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pairs of an LFW View-2 pairs.txt: a header "folds pairsPerClass", then per fold that many
 * same-person lines ({@code name n1 n2}) followed by as many different-person lines
 * ({@code name1 n1 name2 n2}).
 */
record LfwPairs(int folds, List<Pair> pairs) {

    record Pair(int fold, boolean same, String first, String second) {
    }

    /** Where LFW keeps an image: {@code <Name>/<Name>_0001.jpg}. */
    static String imagePath(String name, int number) {
        return name + "/" + name + String.format(Locale.ROOT, "_%04d.jpg", number);
    }

    static LfwPairs read(Path pairsTxt) throws IOException {
        List<String> lines = Files.readAllLines(pairsTxt).stream().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IOException(pairsTxt + " is empty");
        }
        String[] header = lines.get(0).trim().split("\\s+");
        int folds = Integer.parseInt(header[0]);
        int perClass = Integer.parseInt(header[1]);
        if (lines.size() - 1 != folds * perClass * 2) {
            throw new IOException(pairsTxt + " announces " + folds + " folds of 2 x " + perClass + " pairs but has "
                    + (lines.size() - 1) + " pair lines");
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).trim().split("\\s+");
            int fold = (i - 1) / (2 * perClass);
            if (f.length == 3) {
                pairs.add(new Pair(fold, true, imagePath(f[0], Integer.parseInt(f[1])), imagePath(f[0], Integer.parseInt(f[2]))));
            } else if (f.length == 4) {
                pairs.add(new Pair(fold, false, imagePath(f[0], Integer.parseInt(f[1])), imagePath(f[2], Integer.parseInt(f[3]))));
            } else {
                throw new IOException(pairsTxt + " line " + (i + 1) + " is neither a same nor a different pair: " + lines.get(i));
            }
        }
        return new LfwPairs(folds, pairs);
    }
}
