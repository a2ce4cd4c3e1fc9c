package com.claims01940.rules.modifiers;

import com.claims01940.claim.Claim;
import com.claims01940.policy.Severity;
import com.claims01940.reference.ModifierSet;
import com.claims01940.rules.Aspect;
import com.claims01940.rules.Finding;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleContext;
import com.claims01940.rules.Sources;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * MOD-UNKNOWN: not shaped like a CPT/HCPCS modifier (two letters or digits), or not a modifier in
 * force on the date of service (contract v1.2: an ERROR only against a complete list). A Level II
 * code is judged by CMS's HCPCS list when an operator has loaded it for the date (complete: ERROR);
 * past that list's quarter, against it at WARNING (a later quarter may have added the code); with
 * no CMS list, by our table, which dates the modifiers it lists (ERROR) but is not CMS's whole list
 * (one it does not list: WARNING). CPT modifiers are judged by our table (ERROR).
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
    ModifierSet cms = ctx.references().hcpcsModifiersOn(claim.dateOfService());
    ModifierSet cmsEnded = ctx.references().hcpcsModifiersBefore(claim.dateOfService());
    for (int i = 0; i < m.size(); i++) {
      String code = m.get(i);
      String field = "/anesthesia/modifiers/" + i;
      String named = "Modifier " + code + " at position " + (i + 1);
      LocalDate date = claim.dateOfService();
      if (!ctx.codes().modifierShape().matcher(code).matches()) {
        out.add(
            finding(
                field,
                "Modifier at position "
                    + (i + 1)
                    + " is not a CPT/HCPCS modifier (two letters or digits)."));
      } else if (!isLevelOne(code) && cms != null) {
        if (!cms.inForce(code, date)) {
          out.add(
              finding(
                  field,
                  named
                      + " is not a HCPCS Level II modifier in force on "
                      + date
                      + " (CMS's HCPCS file "
                      + cms.version().version()
                      + ")."));
        }
      } else if (!isLevelOne(code) && cmsEnded != null) {
        LocalDate end = cmsEnded.version().effectiveTo();
        if (!cmsEnded.inForce(code, end)) {
          out.add(
              finding(
                  Severity.WARNING,
                  field,
                  named
                      + " was not a HCPCS Level II modifier in force when CMS's HCPCS file "
                      + cmsEnded.version().version()
                      + ", the latest loaded, ended ("
                      + end
                      + "); a later quarter may have added it, so check CMS's current file."));
        }
      } else if (table != null && !table.inForce(code, date)) {
        // Contract v1.2: an ERROR only where the list is complete (CPT) or dates the code. Our
        // table holds the Level II modifiers anesthesia claims use, not CMS's whole HCPCS list.
        out.add(
            isLevelOne(code) || table.lists(code)
                ? finding(field, named + " is not a CPT/HCPCS modifier in force on " + date + ".")
                : finding(
                    Severity.WARNING,
                    field,
                    named
                        + " is not in our modifier table for "
                        + date
                        + "; the table lists the HCPCS Level II modifiers anesthesia claims use,"
                        + " not CMS's whole HCPCS list, so check it there."));
      } else if (before != null && !before.inForce(code, before.version().effectiveTo())) {
        // Past the last loaded version: checked against it, as a WARNING.
        out.add(
            finding(
                Severity.WARNING,
                field,
                named
                    + " was not a modifier in force when the latest loaded modifier table ended ("
                    + before.version().effectiveTo()
                    + "); none is loaded for "
                    + date
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
