package org.gatepass.ui.alerts;

import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import org.eclipse.swt.widgets.Display;

/**
 * The sound of a new alert: two short tones on the sound card, played off the UI thread; the system beep where the
 * machine has no sound output.
 */
final class AlertSound {
    private static final Logger LOG = Logger.getLogger(AlertSound.class.getName());
    private static final float RATE = 16_000;

    private AlertSound() {
    }

    static void play(Display display) {
        Thread.ofVirtual().name("alert-sound").start(() -> {
            try {
                tones();
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                LOG.log(Level.FINE, "No sound output for the alert sound; beeping instead", e);
                display.asyncExec(() -> {
                    if (!display.isDisposed()) {
                        display.beep();
                    }
                });
            }
        });
    }

    private static void tones() throws LineUnavailableException {
        AudioFormat format = new AudioFormat(RATE, 8, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            for (double frequency : new double[] { 880, 660 }) {
                byte[] tone = new byte[(int) (RATE * 0.18)];
                for (int i = 0; i < tone.length; i++) {
                    tone[i] = (byte) (Math.sin(2 * Math.PI * frequency * i / RATE) * 90);
                }
                line.write(tone, 0, tone.length);
            }
            line.drain();
        }
    }
}
