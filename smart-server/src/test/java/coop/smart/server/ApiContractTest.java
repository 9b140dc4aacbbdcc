package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The contract every answer of the tests is held to notices each way an answer can drift from the description. */
class ApiContractTest extends StandardServer {

  private static final String SCHEMA = "/components/schemas/";

  @Test
  void theServedDescriptionHoldsForItsOwnAnswers() throws IOException {
    ApiContract served = describedAs(description -> { });
    assertThat(served.violations(get("/version").request(), get("/version"))).isEmpty();
    assertThat(served.violations(get("/no/such/route").request(), get("/no/such/route"))).isEmpty();
  }

  @Test
  void thePages_outsideTheDescription_areHeldToNothing_butAPathNoPageServesIsStillAnUnknownRoute() throws IOException {
    ApiContract contract = describedAs(description -> ((ArrayNode) description.at(SCHEMA + "Problem/required")).add("rule"));
    for (String page : new String[] {"/", "/be/pay", "/zz/pay"}) {
      HttpResponse<String> answer = get(page);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(contract.violations(answer.request(), answer)).as(page).isEmpty();
    }
    HttpResponse<String> nowhere = get("/be/no/such/page");
    assertThat(contract.violations(nowhere.request(), nowhere)).singleElement().asString().contains("an unknown route", "rule");
  }

  @Test
  void aFieldTheDescriptionDoesNotName_isDrift() throws IOException {
    ApiContract contract = describedAs(description -> {
      ObjectNode version = (ObjectNode) description.at(SCHEMA + "Version");
      version.remove("additionalProperties");
      ((ObjectNode) version.get("properties")).remove("version");
      version.putArray("required").add("name");
    });
    HttpResponse<String> answer = get("/version");
    assertThat(contract.violations(answer.request(), answer)).singleElement().asString().contains("version");
  }

  @Test
  void aValueOfAnotherShape_anUndocumentedStatus_anotherContentType_andAnotherProblem_areDrift() throws IOException {
    ApiContract contract = describedAs(description -> {
      ((ObjectNode) description.at(SCHEMA + "Version/properties/name")).put("const", "another-server");
      ((ObjectNode) description.at("/paths/~1api~1v1~1entities~1{code}/get/responses")).remove("404");
      ObjectNode metrics = (ObjectNode) description.at("/paths/~1metrics/get/responses/200/content");
      metrics.set("application/openmetrics-text", metrics.remove("text/plain"));
      ((ArrayNode) description.at(SCHEMA + "Problem/required")).add("rule");
    });
    HttpResponse<String> version = get("/version");
    assertThat(contract.violations(version.request(), version)).singleElement().asString().contains("another-server");
    HttpResponse<String> unknown = get("/api/v1/entities/XX");
    assertThat(contract.violations(unknown.request(), unknown)).containsExactly("status 404 is not documented for GET /api/v1/entities/{code}");
    HttpResponse<String> metrics = get("/metrics");
    assertThat(contract.violations(metrics.request(), metrics)).singleElement().asString().contains("answered text/plain");
    HttpResponse<String> nowhere = get("/no/such/route");
    assertThat(contract.violations(nowhere.request(), nowhere)).singleElement().asString().contains("an unknown route", "rule");
  }

  private static HttpResponse<String> get(String path) {
    return server.exchange(HttpRequest.newBuilder(server.uri(path)).build());
  }

  /** The served description, changed by {@code change}. */
  private static ApiContract describedAs(Consumer<ObjectNode> change) throws IOException {
    ObjectNode description = (ObjectNode) new ObjectMapper().readTree(get("/openapi.json").body());
    change.accept(description);
    return new ApiContract(description.toString(), server.routes());
  }
}
