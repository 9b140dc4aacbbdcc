package coop.smart.server.api.keys;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.operation.Role;

/** An API key as the API shows it: never its hash, and its secret only in the answer that issues it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record KeyView(String id, String entity, Role role, KeyScope scope, String member, String label, String key) {

  static KeyView of(ApiKey key, String secret) {
    return new KeyView(key.id(), key.entity().value(), key.role(), key.scope(), key.member() == null ? null : key.member().toString(),
        key.label(), secret);
  }
}
