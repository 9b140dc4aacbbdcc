package coop.smart.documents;

import coop.smart.core.entity.Language;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.joda.money.Money;

/**
 * The words, amounts and dates of a document in one language: texts from the
 * {@value #BUNDLE} resource bundle of that language alone (a key missing there is an error, never
 * another language's text), amounts and dates as its readers write them.
 */
public final class Labels {

  static final String BUNDLE = "coop.smart.documents.labels";

  private static final Map<Language, Labels> ALL = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) ALL.put(language, new Labels(language));
  }

  private final Language language;
  private final Locale locale;
  private final ResourceBundle texts;
  private final DateTimeFormatter dates;
  private final DecimalFormatSymbols symbols;

  private Labels(Language language) {
    this.language = language;
    this.locale = language.locale();
    this.texts = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.symbols = DecimalFormatSymbols.getInstance(locale);
  }

  public static Labels of(Language language) {
    return ALL.get(language);
  }

  public Language language() {
    return language;
  }

  /** The language's code as HTML's {@code lang} takes it: {@code fr}. */
  public String code() {
    return locale.getLanguage();
  }

  /** The text of {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code arguments}. */
  public String text(String key, Object... arguments) {
    String text = texts.getString(key);
    return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
  }

  /** An amount with its currency code, two decimals and the language's separators: {@code 1.234,56 EUR}. */
  public String money(Money amount) {
    return number(amount.getAmount(), amount.getCurrencyUnit().getDecimalPlaces()) + " " + amount.getCurrencyUnit().getCode();
  }

  /** A rate as a percentage, as many decimals as it has: {@code 21 %}, {@code 13,07 %}. */
  public String percent(Rate rate) {
    BigDecimal percent = rate.value().movePointRight(2).stripTrailingZeros();
    return number(percent, Math.max(0, percent.scale())) + " %";
  }

  /** A quantity with the decimals it has: {@code 7,5}. */
  public String quantity(BigDecimal quantity) {
    BigDecimal plain = quantity.stripTrailingZeros();
    return number(plain, Math.max(0, plain.scale()));
  }

  public String date(LocalDate date) {
    return dates.format(date);
  }

  private String number(BigDecimal value, int decimals) {
    DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(value);
  }
}
