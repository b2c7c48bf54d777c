package org.gatepass.camera.mjpeg.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.gatepass.core.camera.capture.CaptureException;

/**
 * The parts of a multipart/x-mixed-replace body, one image each. A part with a Content-Length header is read by its
 * length; without one, up to the next boundary. Cameras disagree whether the boundary parameter already carries the
 * leading "--", so both spellings are accepted.
 */
final class MultipartStream {
    private static final int LONGEST_LINE = 8 * 1024;
    /** Text skipped while looking for a boundary before the stream is declared not to be MJPEG. */
    private static final int MOST_SKIPPED = 64 * 1024;
    private static final int LARGEST_PART = 16 * 1024 * 1024;

    private final InputStream in;
    private final List<String> delimiters;
    /** Each delimiter preceded by the line feed that ends the previous part's data. */
    private final List<byte[]> delimitersInData;
    /** True when the last part ended at a boundary whose line still has to be read. */
    private boolean atDelimiter;

    /** @param in buffered: it is read a byte at a time */
    MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiters = boundary.startsWith("--") ? List.of("--" + boundary, boundary) : List.of("--" + boundary);
        this.delimitersInData = delimiters.stream().map(d -> ("\n" + d).getBytes(StandardCharsets.ISO_8859_1)).toList();
    }

    /** The boundary parameter of a multipart Content-Type, or null if it is not multipart or has none. */
    static String boundaryOf(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("boundary")) {
                String value = parameter.substring(equals + 1).strip();
                return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** The data of the next part. */
    byte[] nextPart() throws IOException, CaptureException {
        if (atDelimiter) {
            checkNotClosing(readLine());
        } else {
            skipToDelimiter();
        }
        int length = -1;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
                length = parseLength(header.substring(colon + 1).strip());
            }
        }
        atDelimiter = length < 0;
        return length < 0 ? readToDelimiter() : readExactly(length);
    }

    private void skipToDelimiter() throws IOException, CaptureException {
        int skipped = 0;
        for (String line = readLine(); !isDelimiter(line); line = readLine()) {
            skipped += line.length() + 1;
            if (skipped > MOST_SKIPPED) {
                throw new CaptureException("not an MJPEG stream: no part boundary found");
            }
        }
    }

    private boolean isDelimiter(String line) throws CaptureException {
        String trimmed = line.strip();
        for (String delimiter : delimiters) {
            if (trimmed.equals(delimiter)) {
                return true;
            }
            if (trimmed.equals(delimiter + "--")) {
                throw new CaptureException("the camera ended the stream");
            }
        }
        return false;
    }

    /** The rest of a boundary line that ended a part: "--" there closes the stream. */
    private static void checkNotClosing(String rest) throws CaptureException {
        if (rest.strip().startsWith("--")) {
            throw new CaptureException("the camera ended the stream");
        }
    }

    private static int parseLength(String value) throws CaptureException {
        try {
            int length = Integer.parseInt(value);
            if (length >= 0 && length <= LARGEST_PART) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CaptureException("not an MJPEG stream: bad Content-Length " + value);
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] data = in.readNBytes(length);
        if (data.length < length) {
            throw new EOFException("the stream ended inside an image");
        }
        return data;
    }

    private byte[] readToDelimiter() throws IOException, CaptureException {
        byte[] data = new byte[64 * 1024];
        int size = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the stream ended inside an image");
            }
            if (size == data.length) {
                if (size == LARGEST_PART) {
                    throw new CaptureException("not an MJPEG stream: a part is larger than " + LARGEST_PART / (1024 * 1024) + " MB");
                }
                data = Arrays.copyOf(data, Math.min(size * 2, LARGEST_PART));
            }
            data[size++] = (byte) b;
            for (byte[] delimiter : delimitersInData) {
                if (endsWith(data, size, delimiter)) {
                    int end = size - delimiter.length;
                    return Arrays.copyOf(data, end > 0 && data[end - 1] == '\r' ? end - 1 : end);
                }
            }
        }
    }

    private static boolean endsWith(byte[] data, int size, byte[] suffix) {
        return size >= suffix.length && data[size - 1] == suffix[suffix.length - 1] && Arrays.equals(data, size - suffix.length, size, suffix, 0, suffix.length);
    }

    /** A header or boundary line without its line end (CRLF or LF). */
    private String readLine() throws IOException, CaptureException {
        byte[] line = new byte[128];
        int size = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the camera closed the stream");
            }
            if (size == LONGEST_LINE) {
                throw new CaptureException("not an MJPEG stream: a header line is too long");
            }
            if (size == line.length) {
                line = Arrays.copyOf(line, size * 2);
            }
            line[size++] = (byte) b;
        }
        return new String(line, 0, size > 0 && line[size - 1] == '\r' ? size - 1 : size, StandardCharsets.ISO_8859_1);
    }
}
