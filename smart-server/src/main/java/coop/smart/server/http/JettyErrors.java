package coop.smart.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The refusals Jetty makes itself, before any route sees the request (a request line, path or
 * Host it cannot read, headers or a path too long), as problem details like every other
 * refusal rather than Jetty's HTML pages. What Jetty says of a failure of its own (5xx) is not
 * shown: it may name its internals.
 */
public final class JettyErrors extends ErrorHandler {

  private final ObjectMapper mapper;

  public JettyErrors(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Every error Jetty answers itself, a request it could not even parse included. */
  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(SecurityHeaders.TYPE_OPTIONS, SecurityHeaders.NOSNIFF);
    response.write(true, ByteBuffer.wrap(body(status, message)), callback);
  }

  private byte[] body(int status, String message) {
    String detail = status >= 500 && status != 505 ? "the server could not answer this request; retry it later"
        : message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    try {
      return mapper.writeValueAsBytes(Problems.ofStatus(status, detail));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a problem is always written as JSON", e);
    }
  }
}
