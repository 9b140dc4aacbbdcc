package coop.smart.server.api.exports;

import coop.smart.core.books.JournalFormat;
import coop.smart.core.operation.Books;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Records;
import coop.smart.server.http.InvalidParameter;
import coop.smart.server.http.ParameterErrors;
import coop.smart.server.http.Query;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code /api/v1/exports}: the entity's books for its accountants, in its statutory chart: the
 * journal of a period as the French FEC or a CSV, streamed as the ledger reads it, and the trial
 * balance on a date. For ADMIN and ADVISOR keys.
 */
public final class ExportController {

  private final Records records;
  private final Access access;

  public ExportController(Records records, Access access) {
    this.records = records;
    this.access = access;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/v1/exports/journal", access.allow(this::journal, Role.ADMIN, Role.ADVISOR));
    routes.get("/api/v1/exports/trial-balance", access.allow(this::trialBalance, Role.ADMIN, Role.ADVISOR));
  }

  private void journal(Context ctx, Caller caller) throws Exception {
    ParameterErrors errors = new ParameterErrors();
    LocalDate from = errors.read(() -> Query.requiredDate(ctx, "from"));
    LocalDate to = errors.read(() -> Query.requiredDate(ctx, "to"));
    JournalFormat format = errors.read(() -> format(Query.required(ctx, "format")));
    errors.refuseAny();
    // Refused, if at all, before the first byte: the response is then streamed as the ledger reads it.
    Books.JournalExport export = new Books(records.of(caller).operated()).journal(from, to, format);
    ctx.contentType(export.format().contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    export.writeTo(ctx.outputStream());
  }

  private void trialBalance(Context ctx, Caller caller) {
    LocalDate on = Query.requiredDate(ctx, "on");
    ctx.json(TrialBalanceView.of(caller.entity().value(), new Books(records.of(caller).operated()).trialBalance(on)));
  }

  private static JournalFormat format(String text) {
    return switch (text) {
      case "fec", "csv" -> JournalFormat.valueOf(text.toUpperCase(Locale.ROOT));
      default -> throw new InvalidParameter("format", "must be fec or csv: '" + text + "'");
    };
  }
}
