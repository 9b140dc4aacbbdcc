package coop.smart.documents;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The documents' XHTML templates under {@code src/main/jte}, compiled with the module: each renders one record. */
final class Templates {

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), "coop.smart.documents.templates");

  private Templates() {
  }

  /** The page {@code template} ("invoice.jte") makes of {@code model}. */
  static String html(String template, Object model) {
    StringOutput html = new StringOutput(16 * 1024);
    ENGINE.render(template, model, html);
    return html.toString();
  }
}
