package coop.smart.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The XMP metadata that makes a PDF a PDF/A-3u (ISO 19005-3): the PDF/A identification, and the
 * document information dictionary's title, author, producer and dates repeated as XMP, as the
 * standard requires them to match, and the sRGB output intent its colours are read with. Both identification schemas used are predefined by PDF/A, so
 * no extension schema is described.
 */
final class PdfAIdentification {

  private static final String PACKET = """
      <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
      <x:xmpmeta xmlns:x="adobe:ns:meta/">
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdfaid:part>3</pdfaid:part>
            <pdfaid:conformance>U</pdfaid:conformance>
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator>
            <pdf:Producer>%s</pdf:Producer>
            <xmp:CreateDate>%s</xmp:CreateDate>
            <xmp:ModifyDate>%s</xmp:ModifyDate>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
      <?xpacket end="w"?>""";

  private static final String SRGB = "sRGB IEC61966-2.1";

  private PdfAIdentification() {
  }

  /**
   * Writes the identification of {@code document}, whose information dictionary names its title,
   * author and producer, and the output intent its colours are read with.
   */
  static void write(PDDocument document, byte[] colorProfile) throws IOException {
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(colorProfile));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    document.getDocumentCatalog().addOutputIntent(intent);
    PDDocumentInformation information = document.getDocumentInformation();
    Calendar created = information.getCreationDate() != null ? information.getCreationDate() : new GregorianCalendar();
    information.setCreationDate(created);
    information.setModificationDate(created);
    String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(((GregorianCalendar) created).toZonedDateTime()
        .withZoneSameInstant(ZoneId.systemDefault()).withNano(0));
    String xmp = PACKET.formatted(escaped(information.getTitle()), escaped(information.getAuthor()), escaped(information.getProducer()),
        date, date);
    PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
    document.getDocumentCatalog().setMetadata(metadata);
  }

  private static String escaped(String text) {
    if (text == null) return "";
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
