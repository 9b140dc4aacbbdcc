package coop.smart.server.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * Which of the media types a resource offers answers a request's {@code Accept}: the most
 * preferred the client accepts (quality, then the most specific range), the first offered when
 * it accepts anything or says nothing; 406 when it accepts none of them.
 */
public final class Negotiation {

  /** The media type of the documents printed as PDF. */
  public static final String PDF = "application/pdf";

  private Negotiation() {
  }

  /** @param offered the media types the resource serves, the default first */
  public static String choose(Context ctx, List<String> offered) {
    ctx.header("Vary", "Accept");
    String accept = ctx.header("Accept");
    if (accept == null || accept.isBlank()) return offered.get(0);
    QuotedQualityCSV ranges = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
    ranges.addValue(accept);
    for (String range : ranges.getValues()) {
      String wanted = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      for (String type : offered) {
        if (wanted.equals("*/*") || wanted.equals(type) || (wanted.endsWith("/*") && type.startsWith(wanted.substring(0, wanted.length() - 1)))) {
          return type;
        }
      }
    }
    throw new HttpResponseException(406, ctx.method() + " " + ctx.path() + " answers " + String.join(", ", offered) + ", none of which Accept: "
        + accept + " takes");
  }

  /** Answers {@code document} as {@code mediaType}, shown in the browser under {@code fileName}. */
  public static void document(Context ctx, String mediaType, byte[] document, String fileName) {
    ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
    ctx.contentType(mediaType).result(document);
  }
}
