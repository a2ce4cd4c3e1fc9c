package com.claims01940.engine;

import com.claims01940.codes.CodeSets;
import com.claims01940.policy.Severity;
import com.claims01940.rules.Rule;
import com.claims01940.rules.RuleInfo;
import com.claims01940.rules.Scope;
import com.claims01940.rules.Sources;
import com.claims01940.rules.coverage.AnesthesiaNotMedicallyNecessary;
import com.claims01940.rules.coverage.ClaimUnbalanced;
import com.claims01940.rules.coverage.CodeNotEffective;
import com.claims01940.rules.coverage.DiagnosisInvalid;
import com.claims01940.rules.coverage.DiagnosisMissing;
import com.claims01940.rules.coverage.DiagnosisNotCovered;
import com.claims01940.rules.coverage.DiagnosisRegionMismatch;
import com.claims01940.rules.coverage.DiagnosisSequence;
import com.claims01940.rules.coverage.FrequencyExceeded;
import com.claims01940.rules.coverage.LevelsExceeded;
import com.claims01940.rules.coverage.ModalityNotCovered;
import com.claims01940.rules.coverage.NoPolicyForDate;
import com.claims01940.rules.coverage.PayerUnknown;
import com.claims01940.rules.coverage.PaymentNotEstimated;
import com.claims01940.rules.coverage.PhysicalStatusNotPayable;
import com.claims01940.rules.coverage.PlaceOfServiceNotCovered;
import com.claims01940.rules.coverage.PriorAuthMissing;
import com.claims01940.rules.coverage.QualifyingCircumstanceAge;
import com.claims01940.rules.coverage.QualifyingCircumstanceAgeUnknown;
import com.claims01940.rules.coverage.QualifyingCircumstanceDuplicate;
import com.claims01940.rules.coverage.QualifyingCircumstanceImplausible;
import com.claims01940.rules.coverage.QualifyingCircumstancesNotPayable;
import com.claims01940.rules.coverage.RadiculopathyWithFacet;
import com.claims01940.rules.coverage.SurgeonAnesthesia;
import com.claims01940.rules.coverage.TimelyFilingExceeded;
import com.claims01940.rules.documentation.AdInductionUndocumented;
import com.claims01940.rules.documentation.AgentMissing;
import com.claims01940.rules.documentation.AgentVolumeMissing;
import com.claims01940.rules.documentation.AnesthesiaTypeMismatch;
import com.claims01940.rules.documentation.AnesthesiaTypeMissing;
import com.claims01940.rules.documentation.AsaStatusMissing;
import com.claims01940.rules.documentation.ConsentMissing;
import com.claims01940.rules.documentation.CrosswalkMismatch;
import com.claims01940.rules.documentation.ImagingInvalid;
import com.claims01940.rules.documentation.ImagingMissing;
import com.claims01940.rules.documentation.IndicationMissing;
import com.claims01940.rules.documentation.LevelsMismatch;
import com.claims01940.rules.documentation.LevelsMissing;
import com.claims01940.rules.documentation.LevelsNotLumbosacral;
import com.claims01940.rules.documentation.MedicalDirectionIncomplete;
import com.claims01940.rules.documentation.PostProcedureMissing;
import com.claims01940.rules.documentation.PreAnesthesiaEvalMissing;
import com.claims01940.rules.documentation.PriorBlocksInsufficient;
import com.claims01940.rules.documentation.RepeatReliefUndocumented;
import com.claims01940.rules.documentation.SedationJustificationMissing;
import com.claims01940.rules.documentation.TimeInvalid;
import com.claims01940.rules.documentation.TimeMinutesMismatch;
import com.claims01940.rules.documentation.TimeMissing;
import com.claims01940.rules.documentation.TimeOutlier;
import com.claims01940.rules.modifiers.ConcurrencyMismatch;
import com.claims01940.rules.modifiers.DistinctServiceOnAnesthesia;
import com.claims01940.rules.modifiers.DuplicateModifier;
import com.claims01940.rules.modifiers.G8NotAllowed;
import com.claims01940.rules.modifiers.GaGzConflict;
import com.claims01940.rules.modifiers.MacInconsistent;
import com.claims01940.rules.modifiers.Modifier22Review;
import com.claims01940.rules.modifiers.ModifierNotApplicable;
import com.claims01940.rules.modifiers.P6Implausible;
import com.claims01940.rules.modifiers.PhysicalStatusMismatch;
import com.claims01940.rules.modifiers.PhysicalStatusMissing;
import com.claims01940.rules.modifiers.PhysicalStatusMultiple;
import com.claims01940.rules.modifiers.PricingModifierMissing;
import com.claims01940.rules.modifiers.PricingModifierMultiple;
import com.claims01940.rules.modifiers.PricingModifierPosition;
import com.claims01940.rules.modifiers.ProviderMismatch;
import com.claims01940.rules.modifiers.TooManyModifiers;
import com.claims01940.rules.modifiers.UnknownModifier;
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
        new PricingModifierMissing(codes),
        new PricingModifierMultiple(codes),
        new PricingModifierPosition(),
        new ProviderMismatch(),
        new ConcurrencyMismatch(),
        new ModifierNotApplicable(codes),
        new G8NotAllowed(codes),
        new MacInconsistent(),
        new PhysicalStatusMultiple(codes),
        new PhysicalStatusMissing(),
        new PhysicalStatusMismatch(),
        new P6Implausible(codes),
        new DuplicateModifier(),
        new TooManyModifiers(),
        new UnknownModifier(),
        new GaGzConflict(),
        new DistinctServiceOnAnesthesia(codes),
        new Modifier22Review(codes),
        new IndicationMissing(),
        new ImagingMissing(),
        new ImagingInvalid(),
        new AgentMissing(),
        new AgentVolumeMissing(),
        new LevelsMissing(),
        new LevelsNotLumbosacral(),
        new LevelsMismatch(),
        new AnesthesiaTypeMissing(),
        new AnesthesiaTypeMismatch(),
        new ConsentMissing(),
        new PostProcedureMissing(),
        new PreAnesthesiaEvalMissing(),
        new AsaStatusMissing(),
        new TimeMissing(),
        new TimeInvalid(),
        new TimeMinutesMismatch(),
        new TimeOutlier(),
        new MedicalDirectionIncomplete(),
        new AdInductionUndocumented(),
        new SedationJustificationMissing(),
        new PriorBlocksInsufficient(),
        new RepeatReliefUndocumented(),
        new CrosswalkMismatch(),
        new PayerUnknown(),
        new NoPolicyForDate(),
        new CodeNotEffective(),
        new PaymentNotEstimated(),
        new ClaimUnbalanced(),
        new DiagnosisMissing(),
        new DiagnosisInvalid(),
        new DiagnosisRegionMismatch(),
        new DiagnosisSequence(),
        new DiagnosisNotCovered(),
        new RadiculopathyWithFacet(),
        new PlaceOfServiceNotCovered(),
        new PriorAuthMissing(),
        new AnesthesiaNotMedicallyNecessary(),
        new ModalityNotCovered(),
        new LevelsExceeded(),
        new FrequencyExceeded(),
        new SurgeonAnesthesia(),
        new TimelyFilingExceeded(),
        new QualifyingCircumstancesNotPayable(),
        new QualifyingCircumstanceAge(),
        new QualifyingCircumstanceAgeUnknown(),
        new QualifyingCircumstanceImplausible(),
        new QualifyingCircumstanceDuplicate(),
        new PhysicalStatusNotPayable());
  }

  /** The catalogue for GET /v1/rules: every rule, then the engine's own codes (its phases). */
  public static List<RuleInfo> describe() {
    return Stream.concat(
            rules(CodeSets.load()).stream().map(Rule::info),
            Stream.of(
                UnverifiedBasis.INFO,
                ShapeOnlyChecks.RULE,
                new RuleInfo(
                    ENGINE_RULE_FAILED,
                    Scope.ALL,
                    Severity.ERROR,
                    false,
                    "A rule failed to run; the claim is not passed silently",
                    List.of(Sources.ENGINE))))
        .toList();
  }
}
