package com.claims01940.bulk.ack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an 837P interchange said about itself, as the reader met it: the interchange and group
 * headers, each transaction set with the syntax errors StAEDI reported inside it (as X12's own
 * codes), and each claim's identity and charges. The 999 and the 277CA are written from this,
 * beside the claims' validation outcomes.
 */
public final class X12Envelope {
  /** ISA05/ISA06 (sender), ISA08 (receiver), ISA13, ISA15; null until an ISA was read. */
  public String senderQualifier;

  public String sender;
  public String usage;

  public String receiver;
  public String controlNumber;

  /** Why no acknowledgment can be written: the ISA itself could not be read (null: it was). */
  public String unreadable;

  public final List<Group> groups = new ArrayList<>();

  /** One functional group: GS01, GS02, GS03, GS06, GS08; GE01 and whether GE was read. */
  public static final class Group {
    public String functionalId = "";
    public String senderApplication = "";
    public String receiverApplication = "";
    public String controlNumber = "";
    public String version = "";
    public Integer declaredSets;
    public boolean trailer;

    /** AK905 codes: what is wrong with the group itself (GE count, GE control number). */
    public final List<String> errors = new ArrayList<>();

    public final List<TransactionSet> sets = new ArrayList<>();
  }

  /** One transaction set: ST01-ST03, where ST stood, whether SE was read, its errors and claims. */
  public static final class TransactionSet {
    public String id = "";
    public String controlNumber = "";
    public String implementation = "";
    public int startSegment;
    public boolean trailer;

    /** IK502 codes: what is wrong with the set as a whole (SE count, SE control number). */
    public final List<String> setErrors = new ArrayList<>();

    public final List<SegmentError> segmentErrors = new ArrayList<>();
    public final List<ClaimHeader> claims = new ArrayList<>();

    /** Submitter (NM1*41), billing provider (NM1*85): named in the 277CA's hierarchy. */
    public Party submitter = Party.NONE;

    public String batchReference = "";

    public boolean accepted() {
      return trailer && setErrors.isEmpty() && segmentErrors.isEmpty();
    }

    /** IK501: A accepted, R rejected. */
    public String verdict() {
      return accepted() ? "A" : "R";
    }
  }

  /** IK3: the segment (its tag, its position counted from ST as 1, IK304) and its IK4s. */
  public record SegmentError(String tag, int position, String code, List<ElementError> elements) {}

  /** IK4: element position (and component, or null), IK403. */
  public record ElementError(int element, Integer component, String code) {}

  /** A name and an identifier with its qualifier, as an NM1 gives them. */
  public record Party(String name, String firstName, String idQualifier, String id) {
    public static final Party NONE = new Party("", "", "", "");
  }

  /**
   * One CLM: the bulk record it became, CLM01, CLM02 as sent, the sum of its SV102 line charges,
   * the date of service, the patient and the billing provider.
   */
  public record ClaimHeader(
      int record,
      String claimId,
      String totalCharge,
      BigDecimal lineCharges,
      String dateOfService,
      Party patient,
      Party billingProvider) {}
}
