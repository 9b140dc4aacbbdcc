package coop.smart.server.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Hours worked in a day as a decimal string, as rates are written: more than 0, at most 24, to a ten-thousandth ("7.5"). */
@Documented
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "\\d{1,2}(\\.\\d{1,4})?")
@DecimalMin(value = "0", inclusive = false)
@DecimalMax("24")
public @interface Hours {

  String message() default "must be a decimal string of hours more than 0 and at most 24, such as \"7.5\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
