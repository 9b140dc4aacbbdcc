package coop.smart.documents;

import coop.smart.core.entity.Issuer.InvoicePdfKind;

/**
 * An invoice or credit note as the PDF a client receives: PDF/A-3, in the client's language, with
 * every mention the law asks of an invoice. For an entity whose data says {@code FACTUR_X} (the
 * French one), the PDF is a Factur-X hybrid that embeds the same document as EN 16931 XML.
 */
public final class InvoicePdf {

  private InvoicePdf() {
  }

  public static byte[] render(InvoiceDocument document) {
    byte[] pdf = PdfA.render(Templates.html("invoice.jte", document));
    return document.issuer().invoicePdf() == InvoicePdfKind.FACTUR_X ? FacturX.embed(pdf, document) : pdf;
  }
}
