package coop.smart.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param errors the offending fields of a 400, null otherwise
 * @param rule the stable code of the business rule behind a 422, null otherwise
 * @param requestId the id to quote when reporting a 500, null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String rule,
                      String requestId) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPES = "https://smart.coop/problems/";

  /** A problem of the kind {@code type} (the last segment of its URI) with nothing but a detail. */
  public static Problem of(String type, String title, int status, String detail) {
    return new Problem(TYPES + type, title, status, detail, null, null, null);
  }

  /**
   * One field the client must fix.
   *
   * @param field its name, with the fields holding it: {@code lines[0].quantity}
   * @param pointer where it is in the body (RFC 6901): {@code /lines/0/quantity}, and {@code ""}
   *     for the body as a whole; null for a query parameter or a header
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(String field, String message, String pointer) {

    /** An error on a field of the body. */
    static FieldError inBody(String field, String message) {
      return new FieldError(field, message, field.equals("body") ? "" : pointer(field));
    }

    private static String pointer(String field) {
      StringBuilder pointer = new StringBuilder();
      for (String step : field.split("\\.|(?=\\[)")) {
        String token = step.startsWith("[") && step.endsWith("]") ? step.substring(1, step.length() - 1) : step;
        pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
      }
      return pointer.toString();
    }
  }
}
