package org.gatepass.ui.reports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.printing.Printer;

/**
 * A report printed as its PDF looks: the pages rendered off the UI thread ({@link #render}), then drawn on the printer,
 * each scaled to fit the printable area. Rendering is capped at 200 dots per inch, plenty for tables and bars and a
 * tenth of the memory of 600.
 */
final class PrintedPages {
    static final int DPI = 200;

    private final List<ImageData> pages;

    private PrintedPages(List<ImageData> pages) {
        this.pages = pages;
    }

    static PrintedPages render(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<ImageData> pages = new ArrayList<>(document.getNumberOfPages());
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(imageData(renderer.renderImageWithDPI(i, DPI, ImageType.RGB)));
            }
            return new PrintedPages(pages);
        }
    }

    List<ImageData> pages() {
        return pages;
    }

    /** Prints every page on {@code printer} (UI thread); false when the printer refused the job. */
    boolean print(Printer printer, String jobName) {
        if (!printer.startJob(jobName)) {
            return false;
        }
        GC gc = new GC(printer);
        try {
            Rectangle area = printer.getClientArea();
            for (ImageData page : pages) {
                printer.startPage();
                double scale = Math.min((double) area.width / page.width, (double) area.height / page.height);
                Image image = new Image(printer, page);
                try {
                    gc.drawImage(image, 0, 0, page.width, page.height, area.x, area.y, (int) (page.width * scale), (int) (page.height * scale));
                } finally {
                    image.dispose();
                }
                printer.endPage();
            }
            printer.endJob();
            return true;
        } finally {
            gc.dispose();
        }
    }

    private static ImageData imageData(BufferedImage rendered) {
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] line = new int[width];
        for (int y = 0; y < height; y++) {
            rendered.getRGB(0, y, width, 1, line, 0, width);
            data.setPixels(0, y, width, line, 0);
        }
        return data;
    }
}
