package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ModifierSet;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * MOD-UNKNOWN: not shaped like a CPT/HCPCS modifier (two letters or digits), or, where the modifier
 * table is loaded for the date of service, a CPT modifier, or one the table dates, not in force on
 * that date (ERROR); a well-shaped HCPCS Level II code our table does not list at all is a WARNING,
 * since the table is not CMS's complete list (contract v1.2).
 */
public final class UnknownModifier extends Rule {
  public UnknownModifier() {
    super(
        "MOD-UNKNOWN",
        Aspect.MODIFIERS,
        Severity.ERROR,
        false,
        "Not a CPT/HCPCS modifier: not two letters/digits, or (where the modifier table is loaded)"
            + " not a modifier in force on the date of service",
        Sources.MODIFIER_TABLE);
  }

  @Override
  public List<Finding> evaluate(Claim claim, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<String> m = claim.modifiers();
    ModifierSet table = ctx.references().modifiersOn(claim.dateOfService());
    ModifierSet before = ctx.references().modifiersBefore(claim.dateOfService());
    for (int i = 0; i < m.size(); i++) {
      String field = "/anesthesia/modifiers/" + i;
      if (!ctx.codes().modifierShape().matcher(m.get(i)).matches()) {
        out.add(
            finding(
                field,
                "Modifier at position "
                    + (i + 1)
                    + " is not a CPT/HCPCS modifier (two letters or digits)."));
      } else if (table != null && !table.inForce(m.get(i), claim.dateOfService())) {
        String named = "Modifier " + m.get(i) + " at position " + (i + 1);
        // Contract v1.2: an ERROR only where the list is complete (CPT) or dates the code. Our
        // table holds the Level II modifiers anesthesia claims use, not CMS's whole HCPCS list.
        out.add(
            isLevelOne(m.get(i)) || table.lists(m.get(i))
                ? finding(
                    field,
                    named
                        + " is not a CPT/HCPCS modifier in force on "
                        + claim.dateOfService()
                        + ".")
                : finding(
                    Severity.WARNING,
                    field,
                    named
                        + " is not in our modifier table for "
                        + claim.dateOfService()
                        + "; the table lists the HCPCS Level II modifiers anesthesia claims use,"
                        + " not CMS's whole HCPCS list, so check it there."));
      } else if (before != null && !before.inForce(m.get(i), before.version().effectiveTo())) {
        // Past the last loaded version: checked against it, as a WARNING.
        out.add(
            finding(
                Severity.WARNING,
                field,
                "Modifier "
                    + m.get(i)
                    + " at position "
                    + (i + 1)
                    + " was not a modifier in force when the latest loaded modifier table ended ("
                    + before.version().effectiveTo()
                    + "); none is loaded for "
                    + claim.dateOfService()
                    + "."));
      }
    }
    return out;
  }

  /** CPT (Level I) modifiers are two digits; HCPCS Level II ones have a letter. */
  private static boolean isLevelOne(String modifier) {
    return Character.isDigit(modifier.charAt(0)) && Character.isDigit(modifier.charAt(1));
  }
}
