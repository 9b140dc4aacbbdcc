package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests Jetty refuses before any route sees them (a malformed path, request line or Host,
 * headers too large) are answered with problem details, as every other refusal, never with
 * Jetty's HTML pages; odd paths Jetty lets through find no route (404). Sent over a raw socket:
 * an HTTP client would not send them.
 */
class JettyErrorsTest extends StandardServer {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a path that is not a URI        | GET /api/v1/% HTTP/1.1                      | Host: localhost                      | 400
      an encoded path separator      | GET /api/v1/members%2F..%2Fentities HTTP/1.1 | Host: localhost                     | 404
      an encoded dot segment         | GET /api/v1/%2e%2e/health HTTP/1.1           | Host: localhost                     | 404
      an encoded NUL                 | GET /api/v1/members/%00 HTTP/1.1             | Host: localhost                     | 400
      an empty segment               | GET /api//v1/entities HTTP/1.1               | Host: localhost                     | 404
      a path parameter               | GET /api/v1/entities;x=1 HTTP/1.1            | Host: localhost                     | 404
      a request line that is not one | HELLO                                        | Host: localhost                     | 400
      an unknown protocol            | GET /health HTTP/7.0                         | Host: localhost                     | 505
      a Host that is not one         | GET /health HTTP/1.1                         | Host: exa mple.com                  | 400
      two Hosts                      | GET /health HTTP/1.1                         | Host: localhost;;Host: other         | 400
      no Host at all                 | GET /health HTTP/1.1                         | Accept: */*                         | 400
      a header too large             | GET /health HTTP/1.1                         | Host: localhost;;X-Padding: HUGE     | 431
      a path too long                | GET /LONG HTTP/1.1                           | Host: localhost                     | 414
      """)
  void isAnsweredWithProblemDetails(String what, String requestLine, String headers, int status) throws IOException {
    String request = requestLine.replace("LONG", "a".repeat(20_000)) + "\r\n"
        + headers.replace(";;", "\r\n").replace("HUGE", "x".repeat(20_000)) + "\r\nConnection: close\r\n\r\n";
    String response = send(request);

    String head = response.substring(0, response.indexOf("\r\n\r\n"));
    assertThat(head).as(what + "\n" + response).startsWith("HTTP/1.1 " + status);
    assertThat(head.toLowerCase()).as(what + "\n" + response).contains("content-type: application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
    assertThat(problem.get("type").asText()).startsWith("https://smart.coop/problems/");
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("<", "org.eclipse");
  }

  private static String send(String request) throws IOException {
    try (Socket socket = new Socket("localhost", server.app().port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
