package com.claims01940.engine;

import com.claims01940.codes.CodeSets;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleInfo;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import com.claims01940.rules.coverage.*;
import com.claims01940.rules.documentation.*;
import com.claims01940.rules.modifiers.*;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every rule, in evaluation order (the order of the contract's catalogue). GET /v1/rules is
 * generated from these classes, so the catalogue cannot drift from the code.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  public static final String ENGINE_RULE_FAILED = "ENGINE-RULE-FAILED";

  public static List<Rule> rules(CodeSets codes) {
    return List.of(
        new PricingModifierMissing(codes), new PricingModifierMultiple(codes), new PricingModifierPosition(),
        new ProviderMismatch(), new ConcurrencyMismatch(), new ModifierNotApplicable(codes), new G8NotAllowed(codes),
        new MacInconsistent(), new PhysicalStatusMultiple(), new PhysicalStatusMissing(), new PhysicalStatusMismatch(),
        new P6Implausible(codes), new DuplicateModifier(), new TooManyModifiers(), new UnknownModifier(), new GaGzConflict(),
        new DistinctServiceOnAnesthesia(codes), new Modifier22Review(codes),
        new IndicationMissing(), new ImagingMissing(), new ImagingInvalid(), new AgentMissing(), new AgentVolumeMissing(),
        new LevelsMissing(), new LevelsNotLumbosacral(), new LevelsMismatch(), new AnesthesiaTypeMissing(),
        new AnesthesiaTypeMismatch(), new ConsentMissing(), new PostProcedureMissing(), new PreAnesthesiaEvalMissing(),
        new AsaStatusMissing(), new TimeMissing(), new TimeInvalid(), new TimeMinutesMismatch(), new TimeOutlier(),
        new MedicalDirectionIncomplete(), new AdInductionUndocumented(), new SedationJustificationMissing(),
        new PriorBlocksInsufficient(), new CrosswalkMismatch(),
        new PayerUnknown(), new NoPolicyForDate(), new CodeNotEffective(), new DiagnosisMissing(), new DiagnosisInvalid(),
        new DiagnosisRegionMismatch(), new DiagnosisNotCovered(), new RadiculopathyWithFacet(),
        new PlaceOfServiceNotCovered(), new PriorAuthMissing(), new AnesthesiaNotMedicallyNecessary(),
        new ModalityNotCovered(), new LevelsExceeded(), new FrequencyExceeded(), new SurgeonAnesthesia(),
        new TimelyFilingExceeded(), new QualifyingCircumstancesNotPayable(), new QualifyingCircumstanceAge(),
        new QualifyingCircumstanceImplausible(), new QualifyingCircumstanceDuplicate(), new PhysicalStatusNotPayable());
  }

  /** The catalogue for GET /v1/rules: every rule, then the engine's own codes (its phases). */
  public static List<RuleInfo> describe() {
    return Stream.concat(rules(CodeSets.load()).stream().map(Rule::info), Stream.of(UnverifiedBasis.INFO,
        new RuleInfo(ENGINE_RULE_FAILED, Scope.ALL, Severity.ERROR, false,
            "A rule failed to run; the claim is not passed silently", List.of(Sources.ENGINE))))
        .toList();
  }
}
