package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.documents.Examples.Case;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * The invoice PDF is a PDF/A-3u, and the French entity's a Factur-X: a PDF/A-3 embedding the same
 * invoice as EN 16931 XML, which passes the official rules.
 */
class FacturXTest {

  @Test
  void frenchInvoice_embedsItsCiiInvoice_validUnderEn16931() throws Exception {
    check(InvoicePdf.render(InvoiceDocument.invoice(Examples.invoice(Case.FRENCH))), "380");
  }

  @Test
  void frenchCreditNote_embedsItsCiiCreditNote_validUnderEn16931() throws Exception {
    check(InvoicePdf.render(InvoiceDocument.creditNote(Examples.credited(Case.FRENCH), 1)), "381");
  }

  @Test
  void belgianInvoice_isAPlainPdfA_withEveryFontEmbedded_andItsTitleInItsMetadata() throws Exception {
    InvoiceDocument document = InvoiceDocument.invoice(Examples.invoice(Case.STANDARD));
    try (PDDocument pdf = Loader.loadPDF(InvoicePdf.render(document))) {
      assertThat(pdf.getDocumentCatalog().getNames()).isNull();
      assertThat(pdfA(pdf)).isEqualTo("3U");
      assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
      XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(pdf.getDocumentInformation().getTitle()).contains(document.number());
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(pdf.getDocumentInformation().getCreationDate().toInstant());
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  private static void check(byte[] bytes, String typeCode) throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      PDEmbeddedFilesNameTreeNode files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles();
      Map<String, PDComplexFileSpecification> named = files.getNames();
      assertThat(named).containsOnlyKeys("factur-x.xml");
      PDComplexFileSpecification file = named.get("factur-x.xml");
      assertThat(file.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Alternative");
      byte[] cii = file.getEmbeddedFile().toByteArray();
      assertThat(new String(cii, StandardCharsets.UTF_8)).contains("urn:cen.eu:en16931:2017", "<ram:TypeCode>" + typeCode + "</ram:TypeCode>");
      assertThat(Schematron.errors(Schematron.EN16931_CII, cii)).as(new String(cii, StandardCharsets.UTF_8)).isEmpty();
      assertThat(pdfA(pdf)).startsWith("3");
      assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
          .contains("urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#", "EN 16931");
    }
  }

  /** The PDF/A part and conformance its XMP metadata declares, e.g. "3U". */
  private static String pdfA(PDDocument pdf) throws Exception {
    XMPMetadata xmp = new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
    return xmp.getPDFAIdentificationSchema().getPart() + xmp.getPDFAIdentificationSchema().getConformance();
  }
}
