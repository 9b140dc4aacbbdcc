package coop.smart.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Hides {@code X-HTTP-Method-Override} from the router, which would otherwise take a request for
 * the method the header names: a GET (which proxies, caches and browsers treat as safe) could
 * then revoke a key. A request does what its own method says.
 */
public final class NoMethodOverride implements Filter {

  static final String HEADER = "X-HTTP-Method-Override";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    chain.doFilter(request instanceof HttpServletRequest http ? new WithoutOverride(http) : request, response);
  }

  private static final class WithoutOverride extends HttpServletRequestWrapper {

    WithoutOverride(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }
  }
}
