package org.gatepass.gate.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.gatepass.core.event.Decision;
import org.gatepass.core.event.Direction;
import org.gatepass.core.event.GateEvent;

/**
 * Events waiting for the database, one file each in a folder of the data directory, named so that name
 * order is the order they happened in. A file is written aside, forced to disk and then renamed into
 * place, so a crash leaves either the whole entry or none; a checksum catches a file damaged later.
 */
final class EventJournal {
    static final String SUFFIX = ".event";
    /** Where entries that cannot be read are moved, kept for a person to look at. */
    static final String SET_ASIDE = "unreadable";
    private static final int FORMAT = 0x47504A32; // "GPJ2": with the event's reason
    private static final int FORMAT_WITHOUT_REASON = 0x47504A31; // "GPJ1", written before reasons existed

    private final Path folder;
    private final AtomicLong lastStamp = new AtomicLong();

    EventJournal(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** One event as journaled: its unique key, the event without id, and the picture (null if none). */
    record Entry(UUID key, GateEvent event, byte[] snapshotJpeg) {
    }

    /** An entry file that cannot be read back: damaged, cut short, or not a journal entry. */
    static final class UnreadableEntryException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableEntryException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes the entry durably; it is on disk when this returns. */
    void append(Entry entry) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = encode(entry);
        String name = String.format("%020d-%s%s", stamp(), entry.key(), SUFFIX);
        Path temporary = folder.resolve("." + name + ".part");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true); // the rename itself survives a power cut
        } catch (IOException e) {
            // some file systems cannot sync a folder; the entry is written, only its name may be lost on a power cut
        }
    }

    /** The entry files waiting, oldest first. */
    List<Path> waiting() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the event journal " + folder, e);
        }
    }

    Entry read(Path file) throws UnreadableEntryException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableEntryException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEntryException(file.getFileName() + " is not a readable journal entry: " + e.getMessage(), e);
        }
    }

    /** Removes an entry once the database has it. */
    void remove(Path file) throws IOException {
        Files.deleteIfExists(file);
    }

    /** Moves an unreadable entry out of the way, into {@value #SET_ASIDE}/; answers where it went. */
    Path setAside(Path file) throws IOException {
        Path aside = folder.resolve(SET_ASIDE);
        Files.createDirectories(aside);
        return Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Entries set aside as unreadable. */
    long setAsideCount() {
        Path aside = folder.resolve(SET_ASIDE);
        if (!Files.isDirectory(aside)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(aside)) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Microseconds since the epoch, strictly increasing within this process, so names sort in order of events. */
    private long stamp() {
        long now = System.currentTimeMillis() * 1000;
        return lastStamp.accumulateAndGet(now, (last, candidate) -> Math.max(last + 1, candidate));
    }

    private static byte[] encode(Entry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.snapshotJpeg() == null ? 128 : entry.snapshotJpeg().length + 128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            GateEvent e = entry.event();
            out.writeInt(FORMAT);
            out.writeLong(entry.key().getMostSignificantBits());
            out.writeLong(entry.key().getLeastSignificantBits());
            out.writeLong(e.personId() == null ? -1 : e.personId());
            out.writeUTF(e.cameraId());
            out.writeUTF(e.direction() == null ? "" : e.direction().name());
            out.writeUTF(e.decision().name());
            out.writeDouble(e.score() == null ? Double.NaN : e.score());
            out.writeLong(e.occurredAt().getEpochSecond());
            out.writeInt(e.occurredAt().getNano());
            out.writeUTF(e.reason() == null ? "" : e.reason());
            byte[] jpeg = entry.snapshotJpeg();
            out.writeInt(jpeg == null ? -1 : jpeg.length);
            if (jpeg != null) {
                out.write(jpeg);
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static Entry decode(byte[] bytes) throws IOException {
        if (bytes.length < Long.BYTES + Integer.BYTES) {
            throw new IOException("only " + bytes.length + " bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        long stored = ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong();
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch (damaged or cut short)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES))) {
            int format = in.readInt();
            if (format != FORMAT && format != FORMAT_WITHOUT_REASON) {
                throw new IOException("unknown format");
            }
            UUID key = new UUID(in.readLong(), in.readLong());
            long personId = in.readLong();
            String cameraId = in.readUTF();
            String direction = in.readUTF();
            Decision decision = Decision.valueOf(in.readUTF());
            double score = in.readDouble();
            Instant at = Instant.ofEpochSecond(in.readLong(), in.readInt());
            String reason = format == FORMAT ? in.readUTF() : "";
            int jpegLength = in.readInt();
            byte[] jpeg = jpegLength < 0 ? null : in.readNBytes(jpegLength);
            if (jpeg != null && jpeg.length != jpegLength) {
                throw new IOException("picture cut short");
            }
            GateEvent event = new GateEvent(null, personId < 0 ? null : personId, cameraId,
                    direction.isEmpty() ? null : Direction.valueOf(direction), decision, Double.isNaN(score) ? null : score, at,
                    reason.isEmpty() ? null : reason);
            return new Entry(key, event, jpeg);
        }
    }
}
