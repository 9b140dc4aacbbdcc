package coop.smart.server.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A request whose fields depend on one another (one excludes another, one is needed without
 * another): it refuses the combinations it cannot take, each naming the field to fix, beside
 * the violations of its fields' own constraints. They are checked only when every field could
 * be read: a value set aside as unreadable is not missing, and saying "contract is required (or
 * activity instead)" of an activity that was sent, but not as an id, would mislead.
 */
@RelatedFields.Checked(groups = RelatedFields.Checks.class)
public interface RelatedFields {

  /** Calls {@code refusals} once for each combination of fields this request cannot take. */
  void check(Refusals refusals);

  /** Where a request says what it refuses. */
  @FunctionalInterface
  interface Refusals {

    void refuse(String field, String message);

    /** Refuses {@code value} in {@code field} when it is there. */
    default void absent(String field, Object value, String message) {
      if (value != null) refuse(field, message);
    }
  }

  /** The validation group of these checks, run beside the default one when the body was read whole. */
  interface Checks {
  }

  /** The class-level constraint every {@link RelatedFields} request inherits. */
  @Documented
  @Target(TYPE)
  @Retention(RUNTIME)
  @Constraint(validatedBy = Validator.class)
  @interface Checked {

    String message() default "fields that cannot go together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Turns each refusal into a violation on the field it names. */
  final class Validator implements ConstraintValidator<Checked, RelatedFields> {

    @Override
    public boolean isValid(RelatedFields request, ConstraintValidatorContext context) {
      if (request == null) return true;
      context.disableDefaultConstraintViolation();
      boolean[] valid = {true};
      request.check((field, message) -> {
        valid[0] = false;
        context.buildConstraintViolationWithTemplate(literal(message)).addPropertyNode(field).addConstraintViolation();
      });
      return valid[0];
    }

    /** The message as a template that says exactly it: braces, dollars and backslashes are not interpolated. */
    private static String literal(String message) {
      return message.replaceAll("([\\\\{}$])", "\\\\$1");
    }
  }
}
