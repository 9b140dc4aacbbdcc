package coop.smart.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an XHTML page to PDF/A-3u: the DejaVu Sans faces embedded (so no system font is needed
 * and the text can be extracted), the sRGB output intent PDF/A asks for, and the page's
 * {@code <title>} and {@code <meta name="author">} as the document's title and author.
 *
 * <p>Reading a font file costs more than laying out a page, so each thread reads the two faces
 * once and every document it renders embeds the glyphs it uses from them.
 */
final class PdfA {

  static final String FONT_FAMILY = "DejaVu Sans";
  static final String PRODUCER = "SMart documents";
  /** PDF/A-3 builds on PDF 1.7. */
  private static final float PDF_VERSION = 1.7f;
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  /**
   * The scripts of the cooperative's countries and of the names its documents print: Latin with
   * its extensions, Greek, Cyrillic, and punctuation, currency and mathematical signs.
   */
  private static final int[][] SCRIPTS = {{0x20, 0x24F}, {0x370, 0x3FF}, {0x400, 0x4FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F},
      {0x20A0, 0x20CF}, {0x2100, 0x214F}, {0x2190, 0x21FF}, {0x2200, 0x22FF}};
  private static final byte[] REGULAR = narrowed(resource(FONTS + "DejaVuSans.ttf"));
  private static final byte[] BOLD = narrowed(resource(FONTS + "DejaVuSans-Bold.ttf"));
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  /** The fonts' metrics, read once for every document rather than once each. */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();
  /** A parsed font is read as glyphs are embedded, so threads do not share one. */
  private static final ThreadLocal<Faces> FACES = ThreadLocal.withInitial(() -> new Faces(parse(REGULAR), parse(BOLD)));

  static {
    // The renderer tells at INFO level of every font it loads: only its warnings are news.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private record Faces(TrueTypeFont regular, TrueTypeFont bold) {
  }

  private PdfA() {
  }

  /**
   * The page as PDF/A-3u. The renderer's own PDF/A mode builds its XMP metadata with a dozen
   * schema objects, a tenth of a page's rendering time; the identification PDF/A asks for is
   * written here instead ({@link PdfAIdentification}), and the tests check every font is embedded.
   */
  static byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
    Faces faces = FACES.get();
    PDDocument document = new PDDocument();
    try (PdfBoxRenderer renderer = new PdfRendererBuilder()
        .usePDDocument(document)
        .usePdfVersion(PDF_VERSION)
        .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
        .useFont(embedded(document, faces.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true)
        .useFont(embedded(document, faces.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true)
        .withProducer(PRODUCER)
        .withHtmlContent(xhtml, null)
        .buildPdfRenderer()) {
      renderer.createPDFWithoutClosing();
      PdfAIdentification.write(document, SRGB);
      document.save(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a PDF", e);
    } finally {
      IOUtils.closeQuietly(document);
    }
    return pdf.toByteArray();
  }

  /** The face, subset into {@code document} when the page first uses it. */
  private static PDFontSupplier embedded(PDDocument document, TrueTypeFont face) {
    return new PDFontSupplier(null) {
      @Override
      public PDFont supply() {
        try {
          return PDType0Font.load(document, face, true);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot embed " + FONT_FAMILY, e);
        }
      }
    };
  }

  /**
   * The face, without glyph substitution: it would look up ligatures in every string shown, a
   * tenth of the rendering time, for text that needs none.
   */
  private static TrueTypeFont parse(byte[] font) {
    try {
      TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(font));
      face.setEnableGsub(false);
      return face;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FONT_FAMILY, e);
    }
  }

  /**
   * The face with the glyphs of {@link #SCRIPTS} alone, a fifth of DejaVu's: embedding a face
   * lists the width of every glyph it has, so a smaller one is embedded in a fraction of the time.
   */
  private static byte[] narrowed(byte[] font) {
    try {
      TTFSubsetter subset = new TTFSubsetter(new TTFParser().parse(new RandomAccessReadBuffer(font)));
      for (int[] range : SCRIPTS) {
        for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) subset.add(codePoint);
      }
      ByteArrayOutputStream narrowed = new ByteArrayOutputStream(font.length / 3);
      subset.writeToStream(narrowed);
      return narrowed.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FONT_FAMILY, e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = PdfA.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " is not on the classpath: the DejaVu fonts come with jasperreports-fonts");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
