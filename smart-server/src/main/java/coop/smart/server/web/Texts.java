package coop.smart.server.web;

import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.joda.money.Money;

/**
 * The pages' words in one language, and numbers, money and dates written as the locale writes
 * them: {@code 1 234,56 €} in fr-BE, {@code € 1.234,56} in nl-BE. A key a bundle lacks fails
 * the page, never shows a key or another language's word.
 */
public final class Texts {

  /** The pages' languages, the first the default when the visitor asks for none of them. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "nl", "de");

  static final String BUNDLE = "coop.smart.server.web.messages";

  private final String language;
  private final Locale locale;
  private final ResourceBundle bundle;

  /** @param country the entity's country, which with the language says how numbers and dates are written */
  public Texts(String language, String country) {
    if (!LANGUAGES.contains(language)) throw new IllegalArgumentException("the pages speak " + LANGUAGES + ", not '" + language + "'");
    this.language = language;
    this.locale = new Locale.Builder().setLanguage(language).setRegion(country).build();
    // Without the fallback to the default locale, a language's own bundle is used even on a machine set to another.
    this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String language() {
    return language;
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key}, with {@code arguments} put in its {@code {0}}, {@code {1}}… */
  public String t(String key, Object... arguments) {
    String text = bundle.getString(key);
    return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * How a form names a field: {@code field.invoicedAmount}, the field of {@code workDays[0].date}
   * being {@code workDays}; a field the pages do not name (the core may refuse one of its own)
   * is shown as the core names it.
   */
  public String field(String name) {
    if (name.isEmpty()) return t("field.form");
    String base = name.split("[\\[.]", 2)[0];
    return bundle.containsKey("field." + base) ? t("field." + base) : name;
  }

  /** The name of an enum constant, from the key {@code prefix.CONSTANT}. */
  public String named(String prefix, Enum<?> constant) {
    return t(prefix + "." + constant.name());
  }

  public String money(Money amount) {
    if (amount == null) return "";
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    Currency currency = Currency.getInstance(amount.getCurrencyUnit().getCode());
    format.setCurrency(currency);
    format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
    format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(amount.getAmount());
  }

  /** A rate as a percentage: 0.065 is {@code 6,5 %} in French. */
  public String percent(Rate rate) {
    if (rate == null) return "";
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, rate.value().scale() - 2));
    format.setRoundingMode(RoundingMode.UNNECESSARY);
    return format.format(rate.value());
  }

  public String number(BigDecimal value) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, value.scale()));
    return format.format(value);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /** A date as short as the locale writes it, for tables and the axes of charts. */
  public String shortDate(LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(date);
  }
}
