package coop.smart.server.api;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A pay simulation: forward from {@code invoicedAmount}, or back from {@code targetNet}; exactly
 * one of the two. {@code holder}, {@code expenses} and {@code serviceEnd} may be left out; {@code explain}
 * asks for every figure's arithmetic and rule rows.
 */
record PayRequest(String entity, HolderKind holder, ContractType contractType, Money invoicedAmount, Money targetNet,
                  Money expenses, Rate withholdingRate, LocalDate serviceEnd, Boolean explain) {

  PayRequest {
    RequiredFields fields = new RequiredFields().require("entity", entity).require("contractType", contractType);
    if (invoicedAmount == null && targetNet == null) fields.refuse("invoicedAmount", "is required (or targetNet instead)");
    if (invoicedAmount != null && targetNet != null) {
      fields.refuse("targetNet", "excludes invoicedAmount: send one of the two");
    }
    fields.require("withholdingRate", withholdingRate).check();
  }

  boolean reverse() {
    return targetNet != null;
  }

  boolean explained() {
    return Boolean.TRUE.equals(explain);
  }
}
