package coop.smart.server.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Query parameters read as the body's fields are: strictly, refusals naming the parameter. */
public final class Query {

  private Query() {
  }

  /** The parameter's text, refusing its absence. */
  public static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) throw new InvalidParameter(name, "is required");
    return value;
  }

  /** An ISO date, refusing its absence. */
  public static LocalDate requiredDate(Context ctx, String name) {
    return date(name, required(ctx, name));
  }

  /** An ISO date, or {@code otherwise} when the parameter is absent. */
  public static LocalDate date(Context ctx, String name, LocalDate otherwise) {
    String value = ctx.queryParam(name);
    return value == null || value.isEmpty() ? otherwise : date(name, value);
  }

  private static LocalDate date(String name, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(name, "must be an ISO date such as 2017-07-14: '" + value + "'");
    }
  }

  /** One of an enum's constants, or {@code otherwise} when the parameter is absent. */
  public static <E extends Enum<E>> E constant(Context ctx, String name, Class<E> type, E otherwise) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) return otherwise;
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter(name, "must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ": '" + value + "'");
    }
  }

  /** A flag: true or false, false when the parameter is absent. */
  public static boolean flag(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty() || value.equals("false")) return false;
    if (value.equals("true")) return true;
    throw new InvalidParameter(name, "must be true or false: '" + value + "'");
  }
}
