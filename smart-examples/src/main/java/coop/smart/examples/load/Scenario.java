package coop.smart.examples.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What one scenario sends: its requests as bytes on the wire, ready before the clock starts,
 * sent in turn and again from the first when there are more requests than these.
 */
record Scenario(String name, List<byte[]> requests) {

  Scenario {
    requests = List.copyOf(requests);
    if (requests.isEmpty()) throw new IllegalArgumentException("scenario " + name + " has no request");
  }

  byte[] request(long number) {
    return requests.get((int) (number % requests.size()));
  }

  /** An HTTP/1.1 request kept alive, with a JSON body when {@code json} is not null. */
  static byte[] http(String method, String path, String host, Map<String, String> headers, String json) {
    StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(host).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
    if (json != null) head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
    head.append("\r\n");
    byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] whole = new byte[start.length + body.length];
    System.arraycopy(start, 0, whole, 0, start.length);
    System.arraycopy(body, 0, whole, start.length, body.length);
    return whole;
  }
}
