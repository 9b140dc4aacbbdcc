package coop.smart.server.api.invoices;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import coop.smart.core.error.ValidationException;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.server.json.QuantityReader;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * An invoice line as sent: what was done, how much of it (a number or a decimal string) and the
 * price of one, excluding VAT.
 */
record NewLine(@NotBlank @Text(max = 500) String description,
               @NotNull @Positive @Digits(integer = InvoiceLine.MAX_QUANTITY_DIGITS, fraction = InvoiceLine.MAX_QUANTITY_DECIMALS)
               @JsonDeserialize(using = QuantityReader.class) BigDecimal quantity,
               @NotNull @PositiveOrZero Money unitPrice) {

  /** The core's lines, each refusal named after the line it is on, e.g. {@code lines[1].quantity}. */
  static List<InvoiceLine> toLines(List<NewLine> lines) {
    List<InvoiceLine> checked = new ArrayList<>();
    Map<String, List<String>> errors = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      NewLine line = lines.get(i);
      try {
        checked.add(new InvoiceLine(line.description(), line.quantity(), line.unitPrice()));
      } catch (ValidationException e) {
        String prefix = "lines[" + i + "].";
        e.errors().forEach((field, messages) -> errors.put(prefix + field, messages));
      }
    }
    if (!errors.isEmpty()) throw new ValidationException(errors);
    return checked;
  }
}
