package coop.smart.examples.load;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Finds whole HTTP/1.1 responses in the bytes read from one connection, framed by
 * {@code Content-Length} or chunked, without copying them into strings: the generator must stay
 * cheaper than the server it measures. Only an error's body is kept, to show why it failed.
 */
final class ResponseReader {

  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.US_ASCII);
  private static final int BODY_SHOWN = 300;

  private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
  private int scanned;
  private int headerEnd = -1;
  private int status;
  private int contentLength;
  private boolean chunked;
  private boolean closing;
  private String errorBody;

  /** Where the next bytes read from the connection go; grown when full. */
  ByteBuffer buffer() {
    if (!buffer.hasRemaining()) {
      ByteBuffer larger = ByteBuffer.allocate(buffer.capacity() * 2);
      buffer.flip();
      larger.put(buffer);
      buffer = larger;
    }
    return buffer;
  }

  /** The status of the next whole response, removed from the buffer, or -1 while it is incomplete. */
  int next() {
    byte[] bytes = buffer.array();
    int limit = buffer.position();
    if (headerEnd < 0) {
      int end = indexOfBlankLine(bytes, Math.max(0, scanned - 3), limit);
      if (end < 0) {
        scanned = limit;
        return -1;
      }
      headerEnd = end;
      readHeaders(bytes, end);
    }
    int bodyStart = headerEnd + 4;
    int end = chunked ? chunkedEnd(bytes, bodyStart, limit) : bodyStart + contentLength;
    if (end < 0 || end > limit) return -1;
    int answered = status;
    errorBody = answered >= 400 ? new String(bytes, bodyStart, Math.min(end - bodyStart, BODY_SHOWN), StandardCharsets.UTF_8) : null;
    System.arraycopy(bytes, end, bytes, 0, limit - end);
    buffer.position(limit - end);
    headerEnd = -1;
    scanned = 0;
    return answered;
  }

  /** Whether the last response said the server closes the connection after it. */
  boolean closing() {
    return closing;
  }

  /** The start of the last response's body when it was an error. */
  String errorBody() {
    return errorBody;
  }

  private void readHeaders(byte[] bytes, int end) {
    if (end < 12) throw new IllegalStateException("not an HTTP response: " + new String(bytes, 0, end, StandardCharsets.US_ASCII));
    status = (bytes[9] - '0') * 100 + (bytes[10] - '0') * 10 + (bytes[11] - '0');
    contentLength = 0;
    chunked = false;
    closing = false;
    int line = lineAfter(bytes, 0, end);
    while (line < end) {
      int next = lineAfter(bytes, line, end);
      int lineEnd = next - 2;
      if (startsWithIgnoringCase(bytes, line, lineEnd, CONTENT_LENGTH)) {
        contentLength = parseInt(bytes, line + CONTENT_LENGTH.length, lineEnd);
      } else if (startsWithIgnoringCase(bytes, line, lineEnd, TRANSFER_ENCODING)) {
        chunked = contains(bytes, line + TRANSFER_ENCODING.length, lineEnd, "chunked");
      } else if (startsWithIgnoringCase(bytes, line, lineEnd, CONNECTION)) {
        closing = contains(bytes, line + CONNECTION.length, lineEnd, "close");
      }
      line = next;
    }
  }

  /** The end of a chunked body (after its last, empty chunk and blank line), or -1 if not all there yet. */
  private static int chunkedEnd(byte[] bytes, int from, int limit) {
    int position = from;
    while (true) {
      int lineEnd = indexOfCrlf(bytes, position, limit);
      if (lineEnd < 0) return -1;
      int size = 0;
      for (int i = position; i < lineEnd && bytes[i] != ';'; i++) size = size * 16 + Character.digit(bytes[i], 16);
      if (size == 0) return lineEnd + 4 <= limit ? lineEnd + 4 : -1;
      position = lineEnd + 2 + size + 2;
      if (position > limit) return -1;
    }
  }

  private static int indexOfBlankLine(byte[] bytes, int from, int limit) {
    for (int i = from; i + 3 < limit; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') return i;
    }
    return -1;
  }

  private static int indexOfCrlf(byte[] bytes, int from, int limit) {
    for (int i = from; i + 1 < limit; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') return i;
    }
    return -1;
  }

  /** The start of the line after the one at {@code from}, or {@code end} past the last line. */
  private static int lineAfter(byte[] bytes, int from, int end) {
    int crlf = indexOfCrlf(bytes, from, end + 2);
    return crlf < 0 ? end : crlf + 2;
  }

  private static boolean startsWithIgnoringCase(byte[] bytes, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (Character.toLowerCase(bytes[from + i]) != prefix[i]) return false;
    }
    return true;
  }

  private static boolean contains(byte[] bytes, int from, int to, String word) {
    return new String(bytes, from, to - from, StandardCharsets.US_ASCII).toLowerCase().contains(word);
  }

  private static int parseInt(byte[] bytes, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      if (bytes[i] >= '0' && bytes[i] <= '9') value = value * 10 + (bytes[i] - '0');
    }
    return value;
  }
}
