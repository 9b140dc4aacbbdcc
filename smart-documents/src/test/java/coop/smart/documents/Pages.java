package coop.smart.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as its reader would: its text, and its first page kept as a PNG under target/documents for a person to look at. */
final class Pages {

  private Pages() {
  }

  /** The PDF's text, every run of spaces (no-break ones too) and line breaks made one space: lines wrap where the page is narrow. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return words(new PDFTextStripper().getText(document));
    }
  }

  /** {@code text} with its spaces as {@link #text(byte[])} leaves them, to be looked for in it. */
  static String words(String text) {
    return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
  }

  /** Writes the first page of {@code pdf} to {@code target/documents/name.png}, and the PDF beside it. */
  static Path keep(String name, byte[] pdf) throws IOException {
    Path folder = Path.of("target", "documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      Path png = folder.resolve(name + ".png");
      ImageIO.write(page, "png", png.toFile());
      return png;
    }
  }
}
