package coop.smart.core.entity;

import coop.smart.core.entity.MemberAction;
import coop.smart.core.error.BusinessRuleException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R5: what an entity reserves to shareholders. A member without a share may declare at most
 * {@code contractsWithoutShare} contracts in total; the actions in {@code shareholderOnly}
 * need a share from the start.
 */
public record MembershipRules(int contractsWithoutShare, Set<MemberAction> shareholderOnly) {

  /** Rule code of the refusals. */
  public static final String SHARE_REQUIRED = "SHARE_REQUIRED";

  /** For an entity that reserves nothing to shareholders. */
  public static final MembershipRules UNRESTRICTED = new MembershipRules(Integer.MAX_VALUE, Set.of());

  public MembershipRules {
    if (contractsWithoutShare < 0) throw new IllegalArgumentException("contracts without a share must not be negative: " + contractsWithoutShare);
    shareholderOnly = Set.copyOf(shareholderOnly);
  }

  /** Reads the data-file form of the reserved actions: names separated by spaces. */
  public static Set<MemberAction> parseActions(String text) {
    Set<MemberAction> actions = EnumSet.noneOf(MemberAction.class);
    for (String name : text.trim().split("\\s+")) {
      try {
        actions.add(MemberAction.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + name + "' is not one of " + Arrays.toString(MemberAction.values()));
      }
    }
    return actions;
  }

  /**
   * Refuses a new contract for a member without a share who already declared the maximum.
   *
   * @param declaredSoFar the member's contracts declared before, cancelled ones excluded
   */
  public void requireMayDeclareContract(Shareholder member, int declaredSoFar) {
    if (!member.isShareholder() && declaredSoFar >= contractsWithoutShare) {
      throw new BusinessRuleException(SHARE_REQUIRED, member.name() + " has declared " + declaredSoFar
          + " contracts without holding a share; " + member.entity() + " allows " + contractsWithoutShare
          + ", so contract " + (declaredSoFar + 1) + " needs a cooperative share");
    }
  }

  /**
   * How many of the member's contracts declared so far decide whether it may declare one more:
   * none for a shareholder, the count allowed without a share for another. Counting past it
   * changes no answer, so a member's long history is never counted whole.
   */
  public int contractsToCount(Shareholder member) {
    return member.isShareholder() ? 0 : contractsWithoutShare;
  }

  /** True when {@code member} may take {@code action}: it is not reserved, or the member holds a share. */
  public boolean allows(Shareholder member, MemberAction action) {
    return member.isShareholder() || !shareholderOnly.contains(action);
  }

  /** Refuses an action reserved to shareholders for a member without a share. */
  public void requireMay(Shareholder member, MemberAction action) {
    if (!allows(member, action)) {
      throw new BusinessRuleException(SHARE_REQUIRED, member.name() + " holds no cooperative share; " + member.entity()
          + " reserves " + action + " to shareholders");
    }
  }

  @Override
  public String toString() {
    return contractsWithoutShare + " contracts without a share; shareholders only: "
        + shareholderOnly.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
  }
}
