package org.gatepass.notify.email.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** The leaf parts of an e-mail as it arrived at the server, decoded, with their content types. */
final class ReceivedMail {
    /** One leaf part: its content type, file name (null for a body) and decoded bytes. */
    record Leaf(String type, String fileName, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    final MimeMessage message;
    final String topType;
    final List<Leaf> leaves = new ArrayList<>();

    ReceivedMail(MimeMessage message) throws Exception {
        this.message = message;
        this.topType = new ContentType(message.getContentType()).getBaseType();
        MailClassLoader.call(() -> {
            collect(message);
            return null;
        });
    }

    Leaf only(String baseType) {
        List<Leaf> found = leaves.stream().filter(l -> l.type().equals(baseType)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + baseType + " part, found " + found.size() + " in " + leaves);
        }
        return found.getFirst();
    }

    private void collect(Part part) throws Exception {
        ContentType type = new ContentType(part.getContentType());
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            // Parsed from the raw bytes, so no content handlers (mailcap) are needed in the test runtime.
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i));
            }
        } else {
            leaves.add(new Leaf(type.getBaseType().toLowerCase(), part.getFileName(), part.getInputStream().readAllBytes()));
        }
    }
}
