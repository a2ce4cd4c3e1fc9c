package com.claims01940.rules;

/** The published sources rules cite (titles and addresses from the team's domain reference). */
public final class Sources {
  private Sources() {}

  public static final Reference NGS_PRICING =
      new Reference(
          "CMS Claims Processing Manual ch. 12 §50 via NGS: one pricing modifier, first position",
          "http://www.anesthesiabilling.org/p/anesthesia-modifiers-list.html");
  public static final Reference EMBLEM_EXCLUSIVE =
      new Reference(
          "EmblemHealth (per CMS): pricing modifiers are mutually exclusive on a line",
          "https://www.emblemhealth.com/providers/claims-corner/coding/anesthesia-modifier-reporting");
  public static final Reference CMS_MODIFIERS =
      new Reference(
          "8 CCR 9789.18.11 / CMS ch. 12 §50 K: anesthesia modifiers AA, AD, QK, QX, QY, QZ, QS, G8, G9",
          "https://www.dir.ca.gov/t8/9789_18_11.html");
  public static final Reference PALMETTO_AD =
      new Reference(
          "Palmetto GBA JJ Part B: HCPCS modifier AD",
          "https://www.palmettogba.com/palmetto/jjb.nsf/DID/8EELAB1511");
  public static final Reference NORIDIAN_47 =
      new Reference(
          "Noridian JF: modifier 47 not used on anesthesia codes",
          "https://med.noridianmedicare.com/web/jfb/topics/modifiers/47");
  public static final Reference NOVITAS_G8 =
      new Reference(
          "AAPC: MAC modifiers; Novitas limits G8 to six codes",
          "https://www.aapc.com/codes/coding-newsletters/my-anesthesia-coding-alert/reader-questions-gain-insight-into-monitored-anesthesia-care-modifiers-174672-article");
  public static final Reference MERCY_PS =
      new Reference(
          "Mercy Health Plans: physical status modifier required on anesthesia claims",
          "http://www.mercyhealthplans.com/provider/manual/stl/9.5._Anesthesia_Billing_Guidelines_All_Plans.htm");
  public static final Reference REGENCE_PS =
      new Reference(
          "Regence MA anesthesia reimbursement: physical status P1-P6",
          "https://ump.regence.com/provider/library/policies-guidelines/reimbursement-policy/anesthesia-reimbursement-services-reporting-medicare-advantage");
  public static final Reference INFORMATIONAL =
      new Reference(
          "Informational modifiers GA and GZ",
          "http://www.medicalbillingcptmodifiers.com/2010/12/what-is-informational-only-modifiers.html");
  public static final Reference DISTINCT =
      new Reference(
          "Rocky Mountain Health Plans anesthesia policy: 59/XE/XS/XP/XU for distinct services",
          "https://www.openpayer.com/policy-updates/colorado-rocky-mountain-health-plans/colorado-rocky-mountain-health-plans-anesthesia-policy-professional");
  public static final Reference MOD_22 =
      new Reference(
          "Modifiers on time-based anesthesia codes (22, 23)",
          "http://www.medicalbillingcptmodifiers.com/2010/04/aneshthsia-claim-modifiers-aa-ad-qk-23.html");
  public static final Reference X12_837P =
      new Reference(
          "ASC X12 837P 005010X222A1: SV101 carries at most four modifiers", "https://x12.org/");
  public static final Reference X12_837P_BALANCING =
      new Reference(
          "ASC X12 837P 005010X222A1, 2300 CLM02: the total claim charge must equal the sum of the"
              + " service line charges (SV102); WEDI SNIP type 3 balancing",
          "https://x12.org/");
  public static final Reference OPENPAYER_01940 =
      new Reference(
          "CPT 01940: documentation of indication, guidance, agent, levels, anesthesia type, consent",
          "https://www.openpayer.com/billing-codes/cpt-01940-lumbar-sacral-neurolytic-image-guided-anesthesia");
  public static final Reference NGS_A57826 =
      new Reference(
          "NGS billing article A57826: fluoroscopy or CT guidance required",
          "https://verity.backworkai.com/policy/A57826");
  public static final Reference AAPC_REGIONS =
      new Reference(
          "AAPC: spine regions and procedure types for 01937-01942",
          "https://aapc.com/codes/coding-newsletters/my-anesthesia-coding-alert/skill-sharpener-master-spine-regions-and-procedure-types-for-cleaner-01937-01942-claims-173001-article");
  public static final Reference ANTHEM_MA_TIME =
      new Reference(
          "Anthem MA professional anesthesia: document start and stop times",
          "https://www.openpayer.com/policy-updates/anthem/reimbursement-payment/anthem-professional-anesthesia-services-ma-ppo");
  public static final Reference CFR_414_46 =
      new Reference(
          "42 CFR 414.46: anesthesia time",
          "https://law.lawstack.com/laws/42-cfr_s_414-46_additional-rules-for-payment-of-anesthesia-services");
  public static final Reference CFR_415_110 =
      new Reference(
          "42 CFR 415.110: the seven elements of medical direction",
          "https://www.anesthesiallc.com/publications/anesthesia-provider-news-ealerts/388-ealerts-medical-direction-documentation-choose-a-documentation-method-that-works-best-for-you");
  public static final Reference CGS_SEDATION =
      new Reference(
          "CGS Part B: Anesthesia Use for Spinal Pain Management Procedures (Dec 2025)",
          "https://www.cgsmedicare.com/partb/medicalpolicy/articles/cope191829.html");
  public static final Reference EVICORE_208 =
      new Reference(
          "eviCore CMM-208: ablation and denervation of nerves",
          "https://verity.backworkai.com/policy/EVICORE-CMM-208-ABLAT-DENERV-NERVES_FINAL");
  public static final Reference CPT_CROSSWALK =
      new Reference(
          "CPT descriptors 64633-64636, 62281-62282 (01939 vs 01940)",
          "https://case2code.codingahead.com/cpt/codes/64635");
  public static final Reference NEW_2022 =
      new Reference(
          "AAPC: 01937-01942 are new-for-2022 codes",
          "https://aapc.com/codes/coding-newsletters/my-anesthesia-coding-alert/skill-sharpener-master-spine-regions-and-procedure-types-for-cleaner-01937-01942-claims-173001-article");
  public static final Reference ICD10CM =
      new Reference(
          "ICD-10-CM code structure (CDC NCHS)",
          "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html");
  public static final Reference ICD10_GUIDELINES =
      new Reference(
          "ICD-10-CM Official Guidelines for Coding and Reporting, I.B.14 and I.C.21: BMI (Z68.-) only"
              + " as a secondary code, beside the condition it describes",
          "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html");
  public static final Reference M47_817 =
      new Reference(
          "ICD-10-CM M47.817: spondylosis without myelopathy or radiculopathy, lumbosacral",
          "https://med.report/icd-10-cm/icd-10-cm-code-m47-817-manual/31947");
  public static final Reference BCBSND_RF =
      new Reference(
          "BCBS ND: radiofrequency facet denervation (non-radicular pain)",
          "https://www.bcbsnd.com/providers/policies-precertification/medical-policy/r/radiofrequency-facet-denervation1");
  public static final Reference POS_CODES =
      new Reference(
          "Place of service codes 19, 21, 22, 24",
          "https://per.nctracks.com/content/public/providers/provider-communications/2016-announcements/Update-to-Place-of-Service-Codes-19-and-22-.html");
  public static final Reference CMS_OPD_PA =
      new Reference(
          "42 CFR 419.83; CMS OPD prior authorization",
          "https://cms.gov/research-statistics-data-systems/medicare-fee-service-compliance-programs/prior-authorization-initiatives/prior-authorization-certain-hospital-outpatient-department-opd-services");
  public static final Reference ANTHEM_CG_MED_78 =
      new Reference(
          "Anthem CG-MED-78: anesthesia services for interventional pain management",
          "https://www.anthem.com/dam/medpolicies/abcbs/active/guidelines/gl_pw_d087067.html");
  public static final Reference PALMETTO_CHECKLIST =
      new Reference(
          "Palmetto GBA Facet Joint Interventions Checklist",
          "https://palmettogba.com/palmetto/jja.nsf/DIDC/8IO5QBEQL0~Medical%20Review~Outpatient%20Department%20Prior%20Authorization%20(PA)");
  public static final Reference CGS_L38773 =
      new Reference(
          "CGS L38773: three- and four-level facet procedures non-covered",
          "https://cgsmedicare.com/parta/pubs/news/2024/08/cope161355.html");
  public static final Reference SURGEON_ANESTHESIA =
      new Reference(
          "Medicare: no separate payment for anesthesia by the physician performing the procedure",
          "http://studyres.com/doc/566382/payment-is-made-on-a-regular-fee-schedule-basis");
  public static final Reference TIMELY_FILING =
      new Reference(
          "Claim filing limits (Medicare: 12 months after the date of service)",
          "https://www.cms.gov/Regulations-and-Guidance/Guidance/Manuals/Downloads/clm104c01.pdf");
  public static final Reference UHC_UNITS =
      new Reference(
          "ASA on UHC: no units for P3-P5 or qualifying circumstances",
          "http://healthsystemreview.com/asa-slams-recent-uhc-anesthesia-policy-change");
  public static final Reference QUALIFYING_CIRCUMSTANCES =
      new Reference(
          "HCSC CPCP010 anesthesia: qualifying circumstances 99100-99140 reported with the anesthesia code",
          "https://www.openpayer.com/policy-updates/blue-cross-blue-shield-oklahoma/reimbursement-payment/blue-cross-blue-shield-oklahoma-cpcp010-anesthesia-v1-10-01-22");
  public static final Reference POLICY_PROVENANCE =
      new Reference(
          "Payer policy values and their sources (GET /v1/payers/{payerId}/policy)", null);
  public static final Reference ENGINE = new Reference("Rule engine fault isolation", null);
  public static final Reference CODESETS =
      new Reference("Reference tables loaded, by date of service (GET /v1/codesets)", null);
  public static final Reference ICD10CM_FILES =
      new Reference(
          "ICD-10-CM code set by fiscal year, CMS order files (billable codes and headers)",
          "https://www.cms.gov/medicare/coding-billing/icd-10-codes");
  public static final Reference MODIFIER_TABLE =
      new Reference(
          "CPT Level I and HCPCS Level II modifiers in force by date (refdata/modifiers.csv; CMS's"
              + " quarterly HCPCS file for Level II once loaded)",
          null);
}
