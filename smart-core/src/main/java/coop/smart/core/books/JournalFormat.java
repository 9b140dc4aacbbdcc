package coop.smart.core.books;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.joda.money.Money;

/** The files the journal exports to, each a header line then one line per posting, lines ending in CR LF. */
public enum JournalFormat {

  /**
   * The French fichier des écritures comptables (article A47 A-1 of the Livre des procédures
   * fiscales): its 18 columns separated by {@code |}, dates {@code YYYYMMDD}, amounts with a decimal
   * comma, in ISO 8859-15, one of the character sets the article allows. EcritureNum numbers each
   * journal's entries from 1; the validation date is the entry's date, as entries are final when
   * posted; lettering and foreign-currency columns are empty.
   */
  FEC("text/plain", "txt", Charset.forName("ISO-8859-15"), "|",
      List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef",
          "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise")) {
    @Override
    List<String> fields(BookLine line) {
      String date = line.date().format(DateTimeFormatter.BASIC_ISO_DATE);
      return List.of(line.journal().code(), line.journal().name(), Long.toString(line.number()), date, line.account().general().number(),
          line.account().general().name(), orEmpty(line.account().auxiliary()), orEmpty(line.account().auxiliaryName()), line.document(), date,
          line.description(), amount(line.debit()), amount(line.credit()), "", "", date, "", "");
    }
  },

  /**
   * The journal in the entity's chart for Belgian accounting packages: columns {@code Journal}
   * (code), {@code EntryNumber} (within the journal, from 1), {@code Date} ({@code YYYY-MM-DD}),
   * {@code Account} and {@code AccountName} (the chart's general account), {@code Auxiliary} and
   * {@code AuxiliaryName} (the party of a per-party account, else empty), {@code Document} (the
   * entry's reference, else its id), {@code Description}, {@code Debit} and {@code Credit} (a
   * decimal comma, zero on the other side); separated by {@code ;}, quoted as RFC 4180 says, in UTF-8.
   */
  CSV("text/csv", "csv", StandardCharsets.UTF_8, ";",
      List.of("Journal", "EntryNumber", "Date", "Account", "AccountName", "Auxiliary", "AuxiliaryName", "Document", "Description", "Debit",
          "Credit")) {
    @Override
    List<String> fields(BookLine line) {
      return List.of(line.journal().code(), Long.toString(line.number()), line.date().toString(), line.account().general().number(),
          line.account().general().name(), orEmpty(line.account().auxiliary()), orEmpty(line.account().auxiliaryName()), line.document(),
          line.description(), amount(line.debit()), amount(line.credit()));
    }
  };

  static final String LINE_END = "\r\n";
  private static final Pattern FEC_BREAKS = Pattern.compile("[|\\r\\n\\t]");

  private final String mediaType;
  private final String extension;
  private final Charset charset;
  private final String separator;
  private final List<String> columns;

  JournalFormat(String mediaType, String extension, Charset charset, String separator, List<String> columns) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.charset = charset;
    this.separator = separator;
    this.columns = columns;
  }

  /** The line's fields in column order, unescaped. */
  abstract List<String> fields(BookLine line);

  /** The file's first line. */
  public String header() {
    return String.join(separator, columns);
  }

  /** One line of the file, without its line end. */
  public String line(BookLine line) {
    UnaryOperator<String> escape = this == FEC ? JournalFormat::fecText : JournalFormat::csvText;
    StringBuilder text = new StringBuilder(256);
    for (String field : fields(line)) {
      if (!text.isEmpty()) text.append(separator);
      text.append(escape.apply(field));
    }
    return text.toString();
  }

  public List<String> columns() {
    return columns;
  }

  public String separator() {
    return separator;
  }

  public Charset charset() {
    return charset;
  }

  /** The media type with its charset, for an HTTP response. */
  public String contentType() {
    return mediaType + "; charset=" + charset.name();
  }

  public String extension() {
    return extension;
  }

  /** An amount as both formats write it: no sign, no thousands separator, a decimal comma. */
  static String amount(Money amount) {
    return amount.getAmount().abs().toPlainString().replace('.', ',');
  }

  /** The FEC has no quoting: a separator or line break in a text becomes a space. */
  private static String fecText(String text) {
    return holdsAny(text, "|\r\n\t") ? FEC_BREAKS.matcher(text).replaceAll(" ") : text;
  }

  private static String csvText(String text) {
    return holdsAny(text, ";\"\r\n") ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Whether {@code text} holds one of {@code characters}: a scan, cheaper than a regular expression on the many texts that hold none. */
  private static boolean holdsAny(String text, String characters) {
    for (int i = 0; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) return true;
    }
    return false;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
