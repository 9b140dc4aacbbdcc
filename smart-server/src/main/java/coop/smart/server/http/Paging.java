package coop.smart.server.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The paging of list endpoints: {@code limit} (default {@value #DEFAULT_LIMIT}, at most
 * {@value #MAX_LIMIT}) and an opaque {@code cursor}, the position after the last item of the
 * previous page.
 */
public final class Paging {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** A page of a list: its items and, when more follow, the cursor of the next page. */
  public record Page<T>(List<T> items, String nextCursor) {
  }

  private Paging() {
  }

  public static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null || text.isEmpty()) return DEFAULT_LIMIT;
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) return limit;
    } catch (NumberFormatException e) {
      // refused below like any other number out of range
    }
    throw new InvalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT + ": '" + text + "'");
  }

  /** The id the page starts after, or null for the first page. */
  public static UUID after(Context ctx) {
    String cursor = ctx.queryParam("cursor");
    if (cursor == null || cursor.isEmpty()) return null;
    try {
      return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("cursor", "must be a nextCursor this API returned: '" + cursor + "'");
    }
  }

  /**
   * The page of {@code fetched}, which holds up to one item more than {@code limit}: that
   * one, when there, says another page follows.
   */
  public static <A, V> Page<V> page(List<A> fetched, int limit, Function<A, UUID> id, Function<A, V> view) {
    List<A> items = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
    String next = fetched.size() > limit
        ? Base64.getUrlEncoder().withoutPadding().encodeToString(id.apply(items.get(limit - 1)).toString().getBytes(StandardCharsets.UTF_8))
        : null;
    return new Page<>(items.stream().map(view).toList(), next);
  }
}
