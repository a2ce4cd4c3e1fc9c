package com.claims01940.bulk.ack;

import io.xlate.edi.stream.EDIStreamValidationError;
import java.util.EnumMap;
import java.util.Map;

/**
 * StAEDI's validation errors as the 999's X12 codes: IK304 (segment syntax error, code list 620)
 * and IK403 (element syntax error, code list 621), as 005010X231A1 defines them.
 */
public final class X12SyntaxCodes {
  private X12SyntaxCodes() {}

  private static final Map<EDIStreamValidationError, String> SEGMENT =
      new EnumMap<>(EDIStreamValidationError.class);
  private static final Map<EDIStreamValidationError, String> ELEMENT =
      new EnumMap<>(EDIStreamValidationError.class);

  static {
    SEGMENT.put(EDIStreamValidationError.UNRECOGNIZED_SEGMENT_ID, "1");
    SEGMENT.put(EDIStreamValidationError.UNEXPECTED_SEGMENT, "2");
    SEGMENT.put(EDIStreamValidationError.MANDATORY_SEGMENT_MISSING, "3");
    SEGMENT.put(EDIStreamValidationError.LOOP_OCCURS_OVER_MAXIMUM_TIMES, "4");
    SEGMENT.put(EDIStreamValidationError.SEGMENT_EXCEEDS_MAXIMUM_USE, "5");
    SEGMENT.put(EDIStreamValidationError.SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, "6");
    SEGMENT.put(EDIStreamValidationError.SEGMENT_NOT_IN_PROPER_SEQUENCE, "7");
    SEGMENT.put(EDIStreamValidationError.SEGMENT_HAS_DATA_ELEMENT_ERRORS, "8");
    SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_UNUSED_SEGMENT_PRESENT, "I4");
    SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING, "I6");
    SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES, "I7");
    SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE, "I8");
    SEGMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, "I9");
    // X12 has no segment code of its own for these: the segment is out of place.
    SEGMENT.put(EDIStreamValidationError.CONDITIONAL_REQUIRED_SEGMENT_MISSING, "3");
    SEGMENT.put(EDIStreamValidationError.SEGMENT_EXCLUSION_CONDITION_VIOLATED, "2");

    ELEMENT.put(EDIStreamValidationError.REQUIRED_DATA_ELEMENT_MISSING, "1");
    ELEMENT.put(EDIStreamValidationError.CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING, "2");
    ELEMENT.put(EDIStreamValidationError.TOO_MANY_DATA_ELEMENTS, "3");
    ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_SHORT, "4");
    ELEMENT.put(EDIStreamValidationError.DATA_ELEMENT_TOO_LONG, "5");
    ELEMENT.put(EDIStreamValidationError.INVALID_CHARACTER_DATA, "6");
    ELEMENT.put(EDIStreamValidationError.INVALID_CODE_VALUE, "7");
    ELEMENT.put(EDIStreamValidationError.INVALID_DATE, "8");
    ELEMENT.put(EDIStreamValidationError.INVALID_TIME, "9");
    ELEMENT.put(EDIStreamValidationError.EXCLUSION_CONDITION_VIOLATED, "10");
    ELEMENT.put(EDIStreamValidationError.TOO_MANY_REPETITIONS, "12");
    ELEMENT.put(EDIStreamValidationError.TOO_MANY_COMPONENTS, "13");
    ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT, "I10");
    ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_TOO_FEW_REPETITIONS, "I11");
    ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_PATTERN_MATCH_FAILURE, "I12");
    ELEMENT.put(
        EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT, "I13");
    ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE, "I6");
    ELEMENT.put(EDIStreamValidationError.IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING, "I9");
  }

  /** IK304 for a segment-level error, or null when the error is of an element. */
  public static String segment(EDIStreamValidationError error) {
    return SEGMENT.get(error);
  }

  /** IK403 for an element-level error, or null when the error is of a segment. */
  public static String element(EDIStreamValidationError error) {
    return ELEMENT.get(error);
  }

  /** IK502 4: SE01 is not the number of segments; AK905 5: GE01 is not the number of sets. */
  public static final String COUNT_MISMATCH_SET = "4";

  public static final String COUNT_MISMATCH_GROUP = "5";

  /** IK502 3: ST02 and SE02 differ; AK905 4: GS06 and GE02 differ. */
  public static final String CONTROL_MISMATCH_SET = "3";

  public static final String CONTROL_MISMATCH_GROUP = "4";

  /** IK502 2: no SE; AK905 3: no GE; IK502 5: one or more segments in error. */
  public static final String SET_TRAILER_MISSING = "2";

  public static final String GROUP_TRAILER_MISSING = "3";
  public static final String SEGMENTS_IN_ERROR = "5";
}
