package org.gatepass.camera.opencv.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.gatepass.core.camera.Frame;
import org.gatepass.core.camera.capture.CaptureException;
import org.gatepass.core.camera.capture.FrameReader;
import org.opencv.core.Mat;
import org.opencv.imgcodecs.Imgcodecs;

/** The images of one folder in file name order, over and over; files OpenCV cannot read are skipped. */
final class ImageFolderReader implements FrameReader {
    private static final Logger LOG = Logger.getLogger(ImageFolderReader.class.getName());
    private static final Set<String> IMAGE_SUFFIXES = Set.of("jpg", "jpeg", "png", "bmp", "tif", "tiff", "webp", "pbm", "pgm", "ppm");

    private final Path folder;
    private final List<Path> images;
    /** Warned about once each, then passed over without reading again. */
    private final Set<Path> unreadable = new HashSet<>();
    private int next;

    private ImageFolderReader(Path folder, List<Path> images) {
        this.folder = folder;
        this.images = images;
    }

    static ImageFolderReader open(Path folder) throws CaptureException {
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(Files::isRegularFile).filter(ImageFolderReader::looksLikeImage)
                    .sorted(Comparator.comparing(file -> file.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new CaptureException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        if (images.isEmpty()) {
            throw new CaptureException("no images in the folder " + folder);
        }
        return new ImageFolderReader(folder, images);
    }

    private static boolean looksLikeImage(Path file) {
        String name = file.getFileName().toString();
        return IMAGE_SUFFIXES.contains(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public Frame read(String cameraId, long sequence) throws CaptureException {
        for (int tried = 0; tried < images.size(); tried++) {
            Path image = images.get(next);
            next = (next + 1) % images.size();
            if (!unreadable.contains(image)) {
                Mat pixels = Imgcodecs.imread(image.toString(), Imgcodecs.IMREAD_COLOR);
                try {
                    if (!pixels.empty()) {
                        return BgrFrames.copy(pixels, cameraId, sequence);
                    }
                } finally {
                    pixels.release();
                }
                unreadable.add(image);
                LOG.warning(() -> "Camera " + cameraId + ": skipping " + image + ", it is not a readable image");
            }
        }
        throw new CaptureException("no readable image in the folder " + folder);
    }

    @Override
    public boolean isLive() {
        return false;
    }

    @Override
    public void close() {
        // Nothing held between reads.
    }
}
