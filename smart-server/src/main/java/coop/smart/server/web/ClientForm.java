package coop.smart.server.web;

import coop.smart.core.client.Client;

/** A client's details as the correction form shows them: as stored, or as typed when refused. */
public record ClientForm(String name, String country, String kind, String vatNumber, long version) {

  static ClientForm of(Client client) {
    return new ClientForm(client.name(), client.country(), client.kind().name(), client.vat().orElse(""), client.version());
  }

  static ClientForm read(FormFields fields) {
    Integer version = fields.integer("version");
    return new ClientForm(typed(fields, "name"), typed(fields, "country"), typed(fields, "kind"), typed(fields, "vatNumber"),
        version == null ? -1 : version);
  }

  private static String typed(FormFields fields, String name) {
    String text = fields.text(name);
    return text == null ? "" : text;
  }
}
