package coop.smart.server.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/**
 * Checks a request against the constraints its record declares (Jakarta Bean Validation, by
 * Hibernate Validator), all of them at once: each violation becomes an error on its field, listed
 * in the order the record declares its fields.
 */
public final class Constraints {

  /** Thread-safe, and costly to build: one for every server of the process. */
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      // The API speaks English whatever the server's locale.
      .defaultLocale(Locale.ENGLISH)
      .buildValidatorFactory().getValidator();

  private Constraints() {
  }

  /**
   * Adds each violation of {@code request} to {@code errors}, unless its field is refused already;
   * the {@link RelatedFields} only when no value had to be set aside to read it.
   */
  public static void check(Object request, FieldErrors errors) {
    Class<?>[] groups = errors.isEmpty() ? new Class<?>[] {Default.class, RelatedFields.Checks.class} : new Class<?>[] {Default.class};
    List<Violation> violations = VALIDATOR.validate(request, groups).stream()
        .map(violation -> new Violation(field(violation.getPropertyPath()), violation.getMessage(),
            position(violation.getRootBeanClass(), violation.getPropertyPath())))
        .filter(violation -> !errors.covers(violation.field()))
        .sorted(Comparator.comparing(Violation::position, Constraints::compare).thenComparing(Violation::message))
        .toList();
    violations.forEach(violation -> errors.add(violation.field(), violation.message()));
  }

  private record Violation(String field, String message, List<Integer> position) {
  }

  /** {@code lines[0].quantity}, as every other refusal names a field. */
  private static String field(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) field.append('[').append(node.getIndex()).append(']');
      if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (!field.isEmpty()) field.append('.');
        field.append(node.getName());
      }
    }
    return field.toString();
  }

  /** Where the field is declared: the index of each record component on its path, and each list index. */
  private static List<Integer> position(Class<?> root, Path path) {
    List<Integer> position = new ArrayList<>();
    Type type = root;
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        position.add(node.getIndex());
        type = type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : type;
      }
      if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) continue;
      RecordComponent[] components = type instanceof Class<?> record && record.isRecord() ? record.getRecordComponents() : new RecordComponent[0];
      int index = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(node.getName());
      position.add(index < 0 ? Integer.MAX_VALUE : index);
      type = index < 0 ? Object.class : components[index].getGenericType();
    }
    return position;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int order = Integer.compare(a.get(i), b.get(i));
      if (order != 0) return order;
    }
    return Integer.compare(a.size(), b.size());
  }
}
