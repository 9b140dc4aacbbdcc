package coop.smart.documents.bank;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A camt.053.001.02 statement as a bank writes it, entry by entry, for the tests and the
 * benchmark: what {@link Camt053} reads.
 */
public final class StatementFile {

  private final String reference;
  private final String iban;
  private final LocalDate date;
  private final StringBuilder entries = new StringBuilder();
  private int count;

  public StatementFile(String reference, String iban, LocalDate date) {
    this.reference = reference;
    this.iban = iban;
    this.date = date;
  }

  /** A credit, with the structured reference and the free text the payer gave (either may be null). */
  public StatementFile credit(String entryReference, Money amount, LocalDate booked, String debtorName, String debtorIban,
                              String structuredReference, String remittance) {
    return entry(entryReference, amount, "CRDT", booked, debtorName, debtorIban, structuredReference, remittance);
  }

  /** A debit: money paid out of the account. */
  public StatementFile debit(String entryReference, Money amount, LocalDate booked, String remittance) {
    return entry(entryReference, amount, "DBIT", booked, null, null, null, remittance);
  }

  private StatementFile entry(String entryReference, Money amount, String direction, LocalDate booked, String debtorName, String debtorIban,
                              String structuredReference, String remittance) {
    count++;
    entries.append("      <Ntry>\n")
        .append("        <Amt Ccy=\"").append(amount.getCurrencyUnit()).append("\">").append(amount.getAmount().toPlainString()).append("</Amt>\n")
        .append("        <CdtDbtInd>").append(direction).append("</CdtDbtInd>\n")
        .append("        <Sts>BOOK</Sts>\n")
        .append("        <BookgDt><Dt>").append(booked).append("</Dt></BookgDt>\n")
        .append("        <ValDt><Dt>").append(booked).append("</Dt></ValDt>\n")
        .append("        <AcctSvcrRef>").append(entryReference).append("</AcctSvcrRef>\n")
        .append("        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>").append(direction.equals("CRDT") ? "RCDT" : "ICDT")
        .append("</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>\n")
        .append("        <NtryDtls><TxDtls>\n");
    if (debtorName != null || debtorIban != null) {
      entries.append("          <RltdPties>");
      if (debtorName != null) entries.append("<Dbtr><Nm>").append(escaped(debtorName)).append("</Nm></Dbtr>");
      if (debtorIban != null) entries.append("<DbtrAcct><Id><IBAN>").append(debtorIban).append("</IBAN></Id></DbtrAcct>");
      entries.append("</RltdPties>\n");
    }
    if (structuredReference != null || remittance != null) {
      entries.append("          <RmtInf>");
      if (remittance != null) entries.append("<Ustrd>").append(escaped(remittance)).append("</Ustrd>");
      if (structuredReference != null) {
        entries.append("<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>").append(escaped(structuredReference))
            .append("</Ref></CdtrRefInf></Strd>");
      }
      entries.append("</RmtInf>\n");
    }
    entries.append("        </TxDtls></NtryDtls>\n      </Ntry>\n");
    return this;
  }

  public String xml() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
        + "  <BkToCstmrStmt>\n"
        + "    <GrpHdr><MsgId>MSG-" + reference + "</MsgId><CreDtTm>" + date + "T06:00:00</CreDtTm></GrpHdr>\n"
        + "    <Stmt>\n"
        + "      <Id>" + reference + "</Id>\n"
        + "      <CreDtTm>" + date + "T06:00:00</CreDtTm>\n"
        + "      <Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
        + "      <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>"
        + "<Dt><Dt>" + date + "</Dt></Dt></Bal>\n"
        + "      <TxsSummry><TtlNtries><NbOfNtries>" + count + "</NbOfNtries></TtlNtries></TxsSummry>\n"
        + entries
        + "    </Stmt>\n"
        + "  </BkToCstmrStmt>\n"
        + "</Document>\n";
  }

  public byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
