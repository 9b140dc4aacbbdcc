package coop.smart.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.operation.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys file survives every label a key can be issued with, and refuses the ones that would break it. */
class ApiKeysTest {

  private static final EntityCode BE = EntityCode.of("BE");

  @Test
  void keysIssuedWithAnyAcceptedLabel_areReadBackByTheNextStart(@TempDir Path directory) {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys keys = ApiKeys.file(file);
    ApiKeys.Issued issued = keys.issue(BE, Role.ADVISOR, null, " laptop | Lena's Mac ✓ ");

    ApiKeys restarted = ApiKeys.file(file);
    assertThat(restarted.authenticate(issued.secret())).hasValueSatisfying(caller -> assertThat(caller.role()).isEqualTo(Role.ADVISOR));
    assertThat(restarted.of(BE)).singleElement().satisfies(key -> assertThat(key.label()).isEqualTo("laptop / Lena's Mac ✓"));
  }

  @Test
  void aLabelWithALineBreak_isRefused_andTheFileIsLeftAsItWas(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys keys = ApiKeys.file(file);
    keys.issue(BE, Role.ADMIN, null, "first administrator");
    String before = Files.readString(file);

    assertThatThrownBy(() -> keys.issue(BE, Role.ADVISOR, null, "laptop\nx")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control characters");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(ApiKeys.file(file).of(BE)).hasSize(1);
  }
}
