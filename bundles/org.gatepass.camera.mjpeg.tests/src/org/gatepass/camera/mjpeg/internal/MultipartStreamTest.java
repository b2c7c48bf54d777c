package org.gatepass.camera.mjpeg.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;

import org.gatepass.core.camera.capture.CaptureException;
import org.junit.jupiter.api.Test;

/** Parsing multipart/x-mixed-replace bodies as cameras send them. */
class MultipartStreamTest {

    private static MultipartStream parts(String boundary, String body) {
        return new MultipartStream(new BufferedInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1))), boundary);
    }

    @Test
    void findsTheBoundaryParameter() {
        assertEquals("frame", MultipartStream.boundaryOf("multipart/x-mixed-replace; boundary=frame"));
        assertEquals("--my frame", MultipartStream.boundaryOf("Multipart/x-mixed-replace;Boundary=\"--my frame\";charset=x"));
        assertNull(MultipartStream.boundaryOf("multipart/x-mixed-replace"));
        assertNull(MultipartStream.boundaryOf("image/jpeg"));
        assertNull(MultipartStream.boundaryOf(null));
    }

    @Test
    void readsPartsByContentLengthAndByBoundaryAlike() throws Exception {
        MultipartStream stream = parts("b", "preamble\r\n\r\n--b\r\nContent-Type: image/jpeg\r\nContent-Length: 5\r\n\r\nab\r\nc\r\n"
                + "--b\r\ncontent-length:3\r\n\r\nxyz\r\n"
                + "--b\r\nContent-Type: image/jpeg\r\n\r\nno\nlength\r\n--b\r\n\r\nlast\r\n--b--\r\n");
        assertArrayEquals("ab\r\nc".getBytes(), stream.nextPart());
        assertArrayEquals("xyz".getBytes(), stream.nextPart());
        assertArrayEquals("no\nlength".getBytes(), stream.nextPart());
        assertArrayEquals("last".getBytes(), stream.nextPart());
        assertEquals("the camera ended the stream", assertThrows(CaptureException.class, stream::nextPart).getMessage());
    }

    @Test
    void acceptsABoundaryParameterThatAlreadyStartsWithDashes() throws Exception {
        MultipartStream stream = parts("--frame", "--frame\nContent-Length: 2\n\nab\n--frame\n\ncd\n--frame\n\n");
        assertArrayEquals("ab".getBytes(), stream.nextPart());
        assertArrayEquals("cd".getBytes(), stream.nextPart());
        assertThrows(EOFException.class, stream::nextPart);
    }

    @Test
    void rejectsAnythingElse() {
        CaptureException notMjpeg = assertThrows(CaptureException.class, () -> parts("b", "<html>\n".repeat(20_000)).nextPart());
        assertEquals("not an MJPEG stream: no part boundary found", notMjpeg.getMessage());
        CaptureException badLength = assertThrows(CaptureException.class, () -> parts("b", "--b\r\nContent-Length: lots\r\n\r\n").nextPart());
        assertEquals("not an MJPEG stream: bad Content-Length lots", badLength.getMessage());
        assertThrows(EOFException.class, () -> parts("b", "--b\r\nContent-Length: 10\r\n\r\nshort").nextPart());
    }
}
