package coop.smart.server.web;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * What a form's fields were refused for, in the page's language where the pages word it (a
 * message that is a key of the bundles, e.g. {@code error.required}), and as the core worded it
 * otherwise. A rule refusing the whole form goes under the field {@code ""}, worded by the
 * bundles' {@code rule.<code>} with the core's own account of the case, its figures, kept as its
 * detail.
 */
public final class FormErrors {

  private final Map<String, List<String>> byField = new LinkedHashMap<>();
  private final Map<String, String> details = new HashMap<>();

  public static FormErrors none() {
    return new FormErrors();
  }

  static FormErrors of(ValidationException e, Texts texts) {
    FormErrors errors = new FormErrors();
    e.errors().forEach((field, messages) -> messages.forEach(message -> errors.add(field, worded(message, texts))));
    return errors;
  }

  /**
   * The fields the core refused on the form {@code form}, each worded by the page's key
   * {@code error.<form>.<field>} where the bundles have one: the rules of that field, in the
   * page's language, for the core's English.
   */
  static FormErrors of(ValidationException e, Texts texts, String form) {
    FormErrors errors = new FormErrors();
    e.errors().forEach((field, messages) -> {
      String rule = "error." + form + "." + field;
      messages.forEach(message -> errors.add(field, texts.has(rule) && !message.startsWith("error.") ? texts.t(rule) : worded(message, texts)));
    });
    return errors;
  }

  static FormErrors of(BusinessRuleException e, Texts texts) {
    FormErrors errors = new FormErrors();
    String rule = "rule." + e.rule();
    if (!texts.has(rule)) {
      errors.add("", e.getMessage());
      return errors;
    }
    String worded = texts.t(rule);
    errors.add("", worded);
    errors.details.put(worded, e.getMessage());
    return errors;
  }

  void add(String field, String message) {
    byField.computeIfAbsent(field, ignored -> new ArrayList<>()).add(message);
  }

  public boolean any() {
    return !byField.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The messages of one field, or of every field whose name starts with it ({@code workDays} takes {@code workDays[0].date}). */
  public List<String> of(String field) {
    List<String> messages = new ArrayList<>();
    byField.forEach((name, texts) -> {
      if (name.equals(field) || name.startsWith(field + "[") || name.startsWith(field + ".")) messages.addAll(texts);
    });
    return messages;
  }

  /** The core's account of the rule a message words, in English, or null for a message that is its own account. */
  public String detail(String message) {
    return details.get(message);
  }

  /** Every message with its field, for the summary at the top of a form. */
  public Map<String, List<String>> all() {
    return byField;
  }

  private static String worded(String message, Texts texts) {
    if (!message.startsWith("error.")) return message;
    try {
      return texts.t(message);
    } catch (MissingResourceException e) {
      return message;
    }
  }
}
