package coop.smart.documents;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an XHTML page to PDF/A-3u: the DejaVu Sans faces embedded (so no system font is needed
 * and the text can be extracted), the sRGB output intent PDF/A asks for, and the page's
 * {@code <title>} as the document's title.
 */
final class PdfA {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
  private static final byte[] REGULAR = resource(FONTS + "DejaVuSans.ttf");
  private static final byte[] BOLD = resource(FONTS + "DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  /** The fonts' metrics, read once for every document rather than once each. */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new FSDefaultCacheStore();

  private PdfA() {
  }

  static byte[] render(String xhtml) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
    try {
      new PdfRendererBuilder()
          .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U)
          .useColorProfile(SRGB)
          .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS)
          .useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true)
          .useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
          .withProducer("SMart documents")
          .withHtmlContent(xhtml, null)
          .toStream(pdf)
          .run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a PDF", e);
    }
    return pdf.toByteArray();
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
