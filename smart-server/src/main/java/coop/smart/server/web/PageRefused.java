package coop.smart.server.web;

/**
 * A page refused: the status and the text (a key of the bundles) the error page shows. A
 * record the visitor may not see is refused as missing (404), like one that does not exist.
 */
final class PageRefused extends RuntimeException {

  private final int status;
  private final String text;

  PageRefused(int status, String text) {
    super(text, null, false, false);
    this.status = status;
    this.text = text;
  }

  static PageRefused missing() {
    return new PageRefused(404, "error.missing");
  }

  int status() {
    return status;
  }

  String text() {
    return text;
  }
}
