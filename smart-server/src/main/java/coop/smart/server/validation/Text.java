package coop.smart.server.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A line of text as a person would type it: at most {@link #max} characters, the size of the
 * column it is stored in, and no control character (a NUL, which PostgreSQL cannot store, a
 * line break that would split a record in a file or a log line) nor half of a surrogate pair,
 * which cannot be stored as the character it was meant to be.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@Size(message = "must be at most {max} characters")
@Pattern(regexp = "[^\\p{Cc}\\p{Cs}]*", message = "must not hold control characters such as line breaks")
public @interface Text {

  @OverridesAttribute(constraint = Size.class, name = "max")
  int max();

  String message() default "must be at most {max} characters of text";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
