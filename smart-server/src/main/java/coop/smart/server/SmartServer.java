package coop.smart.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.server.api.Entities;
import coop.smart.server.api.EntityController;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Records;
import coop.smart.server.api.SimulationController;
import coop.smart.server.api.Simulations;
import coop.smart.server.api.activities.ActivityController;
import coop.smart.server.api.bank.BankStatementController;
import coop.smart.server.api.clients.ClientController;
import coop.smart.server.api.contracts.ContractController;
import coop.smart.server.api.exports.ExportController;
import coop.smart.server.api.guarantee.GuaranteeFundController;
import coop.smart.server.api.invoices.CollectionController;
import coop.smart.server.api.invoices.InvoiceController;
import coop.smart.server.api.keys.KeyController;
import coop.smart.server.api.leases.LeaseController;
import coop.smart.server.api.members.MemberController;
import coop.smart.server.api.reports.ReportController;
import coop.smart.server.http.JettyErrors;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.NoMethodOverride;
import coop.smart.server.http.Problems;
import coop.smart.server.http.RequestIds;
import coop.smart.server.http.RequestLog;
import coop.smart.server.http.RequestMetrics;
import coop.smart.server.http.SecurityHeaders;
import coop.smart.server.json.StrictJson;
import coop.smart.server.ops.ApiDocs;
import coop.smart.server.ops.DatabaseHealth;
import coop.smart.server.ops.HealthCheck;
import coop.smart.server.ops.HealthController;
import coop.smart.server.ops.MetricsController;
import coop.smart.server.ops.VersionController;
import coop.smart.server.security.Access;
import coop.smart.server.web.People;
import coop.smart.server.web.WebPages;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.InternalRouter;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.eclipse.jetty.server.handler.GracefulHandler;

/** The reference HTTP server: the public API, errors as problem details, and its operations. */
public final class SmartServer {

  private static final String JSON_UTF8 = ContentType.JSON + "; charset=utf-8";
  /**
   * The chunk a response is copied to Jetty in, allocated per response: an answer of the API (a
   * contract with its pay, 1.2 KB) fits one; a PDF or a journal export takes several, which Jetty
   * gathers in its own output buffer.
   */
  private static final int RESPONSE_COPY_BYTES = 2 * 1024;

  private SmartServer() {
  }

  /** The server, configured but not started: the caller picks the port and starts it. */
  public static Javalin create(Dependencies dependencies) {
    ObjectMapper mapper = StrictJson.mapper();
    JsonBody body = new JsonBody(mapper);
    EntityController entities = new EntityController(dependencies.catalog(), dependencies.clock());
    Simulations simulation = new Simulations(dependencies.catalog(), dependencies.clock());
    SimulationController simulations = new SimulationController(simulation, body);
    List<HealthCheck> checks = new ArrayList<>();
    checks.add(new DatabaseHealth(dependencies.database()));
    checks.addAll(dependencies.healthChecks());
    HealthController health = new HealthController(checks);
    MetricsController metrics = new MetricsController(dependencies.metrics());
    ApiDocs docs = new ApiDocs(List.of("api-keys", "members", "clients", "contracts", "invoices", "guarantee-fund", "activities", "leases",
        "reports", "bank-statements", "exports"));
    Objects.requireNonNull(dependencies.database(), "the server needs a database (Dependencies.withDatabase)");
    Objects.requireNonNull(dependencies.keys(), "the server needs its API keys (Dependencies.withKeys)");
    // The pool's connections in use, idle and awaited show in /metrics beside the requests.
    dependencies.database().bindMetrics(dependencies.metrics());
    Records records = new Records(dependencies.database(), dependencies.catalog(), dependencies.vatArea(), dependencies.clock());
    Access access = new Access(dependencies.keys());
    Idempotency idempotency = new Idempotency(records, mapper);
    List<Consumer<RoutesConfig>> resources = List.of(
        new KeyController(dependencies.keys(), new Entities(dependencies.catalog()), records, access, idempotency, body)::routes,
        new MemberController(records, access, idempotency, body)::routes,
        new ClientController(records, access, idempotency, body)::routes,
        new ContractController(records, access, idempotency, body)::routes,
        new InvoiceController(records, access, idempotency, body)::routes,
        new CollectionController(records, access, idempotency)::routes,
        new GuaranteeFundController(records, access, idempotency, body)::routes,
        new ActivityController(records, access, idempotency, body)::routes,
        new LeaseController(records, access, idempotency, body)::routes,
        new ReportController(records, access)::routes,
        new BankStatementController(records, access, idempotency, body)::routes,
        new ExportController(records, access)::routes);
    WebPages pages = new WebPages(dependencies.catalog(), records, simulation, new People(dependencies.database(), dependencies.clock()),
        dependencies.clock());
    AtomicReference<InternalRouter> router = new AtomicReference<>();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.maxRequestSize = JsonBody.MAX_BYTES;
      // Javalin copies each response through a buffer of this size: Jetty's 32 KB output buffer by default.
      config.http.responseBufferSize = RESPONSE_COPY_BYTES;
      config.staticFiles.enableWebjars();
      pages.assets(config);
      // Stopping waits for requests in flight; new ones meanwhile get 503.
      config.jetty.modifyServer(server -> {
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(dependencies.stopTimeout().toMillis());
        server.setErrorHandler(new JettyErrors(mapper));
      });
      config.jetty.modifyServletContextHandler(handler -> {
        handler.addFilter(NoMethodOverride.class, "/*", EnumSet.of(DispatcherType.REQUEST));
      });
      config.requestLogger.http(new RequestLog());
      config.requestLogger.http(new RequestMetrics(dependencies.metrics()));
      config.routes.before(RequestIds::assign);
      config.routes.before(SecurityHeaders::apply);
      // JSON is UTF-8 (RFC 8259); saying so spares clients that assume another charset.
      config.routes.after(ctx -> {
        if (ContentType.JSON.equals(ctx.res().getContentType())) ctx.contentType(JSON_UTF8);
      });
      entities.routes(config.routes);
      simulations.routes(config.routes);
      resources.forEach(resource -> resource.accept(config.routes));
      health.routes(config.routes);
      metrics.routes(config.routes);
      new VersionController().routes(config.routes);
      docs.routes(config.routes);
      pages.routes(config.routes);
      Problems.register(config.routes, path -> allowedMethods(router.get(), path));
    });
    router.set(app.unsafe.internalRouter);
    return app;
  }

  /** The methods a path has routes for, to answer another method 405 rather than 404. */
  private static List<String> allowedMethods(InternalRouter router, String path) {
    return Stream.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)
        .filter(method -> router.hasHttpHandlerEntry(method, path)).map(HandlerType::name).toList();
  }
}
