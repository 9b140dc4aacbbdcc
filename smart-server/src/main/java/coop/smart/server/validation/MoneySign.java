package coop.smart.server.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.joda.money.Money;

/**
 * {@code @Positive} and {@code @PositiveOrZero} on amounts of money, as on numbers. Hibernate
 * Validator finds them through {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 */
public final class MoneySign {

  private MoneySign() {
  }

  public static final class Positive implements ConstraintValidator<jakarta.validation.constraints.Positive, Money> {
    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
      return money == null || money.isPositive();
    }
  }

  public static final class PositiveOrZero implements ConstraintValidator<jakarta.validation.constraints.PositiveOrZero, Money> {
    @Override
    public boolean isValid(Money money, ConstraintValidatorContext context) {
      return money == null || !money.isNegative();
    }
  }
}
