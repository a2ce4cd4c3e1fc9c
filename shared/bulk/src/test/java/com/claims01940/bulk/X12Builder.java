package com.claims01940.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes 837P test files: a byte-exact ISA with the chosen delimiters, SE counts computed (or
 * broken).
 */
final class X12Builder {
  final char element;
  final char component;
  final char segment;
  private final List<String> body = new ArrayList<>();
  private Integer seCountOverride;

  X12Builder(char element, char component, char segment) {
    this.element = element;
    this.component = component;
    this.segment = segment;
  }

  static X12Builder standard() {
    return new X12Builder('*', ':', '~');
  }

  /** A segment written with '*' and ':' and converted to this file's delimiters. */
  X12Builder seg(String text) {
    body.add(text.replace('*', '\u0001').replace(':', component).replace('\u0001', element));
    return this;
  }

  X12Builder wrongSeCount(int count) {
    seCountOverride = count;
    return this;
  }

  /** Subscriber loop and one anesthesia claim. */
  X12Builder claim(
      String hl,
      String sbr09,
      String payerName,
      String payerId,
      String claimId,
      String pos,
      String dx,
      String linked,
      String npi,
      String taxonomy,
      String sv101,
      int minutes,
      String dos,
      String nte) {
    seg("HL*" + hl + "*1*22*0");
    seg("SBR*P*18*******" + sbr09);
    seg("NM1*IL*1*DOE*JANE****MI*MEMBER" + hl);
    seg("DMG*D8*19710502*F");
    seg("NM1*PR*2*" + payerName + "*****PI*" + payerId);
    seg("CLM*" + claimId + "*145.53***" + pos + ":B:1*Y*A*Y*Y");
    seg("HI*ABK:" + dx + (linked == null ? "" : "*BP:" + linked));
    seg("NM1*82*1*SMITH*JOHN****XX*" + npi);
    seg("PRV*PE*PXC*" + taxonomy);
    seg("LX*1");
    seg("SV1*" + sv101 + "*145.53*MJ*" + minutes + "***1");
    seg("DTP*472*D8*" + dos);
    if (nte != null) {
      seg("NTE*ADD*" + nte);
    }
    return this;
  }

  String build() {
    StringBuilder out = new StringBuilder();
    String isa =
        String.join(
            String.valueOf(element),
            "ISA",
            "00",
            "          ",
            "00",
            "          ",
            "ZZ",
            pad("SUBMITTER", 15),
            "ZZ",
            pad("RECEIVER", 15),
            "260320",
            "1200",
            "^",
            "00501",
            "000000001",
            "0",
            "T",
            String.valueOf(component));
    out.append(isa).append(segment);
    line(out, "GS*HC*SUBMITTER*RECEIVER*20260320*1200*1*X*005010X222A1");
    List<String> tx = new ArrayList<>();
    tx.add(convert("ST*837*0001*005010X222A1"));
    tx.add(convert("BHT*0019*00*BATCH1*20260320*1200*CH"));
    tx.add(convert("NM1*41*2*ANESTHESIA GROUP*****46*123456789"));
    tx.add(convert("NM1*40*2*CLEARINGHOUSE*****46*987654321"));
    tx.add(convert("HL*1**20*1"));
    tx.add(convert("NM1*85*2*ANESTHESIA GROUP*****XX*1234567893"));
    tx.addAll(body);
    int count = tx.size() + 1;
    tx.add(convert("SE*" + (seCountOverride != null ? seCountOverride : count) + "*0001"));
    tx.forEach(s -> out.append(s).append(segment));
    line(out, "GE*1*1");
    line(out, "IEA*1*000000001");
    return out.toString();
  }

  byte[] bytes() {
    return build().getBytes(StandardCharsets.US_ASCII);
  }

  private void line(StringBuilder out, String text) {
    out.append(convert(text)).append(segment);
  }

  private String convert(String text) {
    return text.replace('*', '\u0001').replace(':', component).replace('\u0001', element);
  }

  private static String pad(String s, int width) {
    return String.format("%-" + width + "s", s);
  }

  /** Five claims over five payers, with 2, 3 and 4 modifiers. */
  static X12Builder fivePayers(X12Builder b) {
    return b.claim(
            "2",
            "MB",
            "MEDICARE",
            "00000",
            "X-1",
            "24",
            "M47816",
            "64635",
            "1234567893",
            "207L00000X",
            "HC:01940:AA:QS:P3",
            47,
            "20260314",
            "START 0802 STOP 0849 -0500")
        .claim(
            "3",
            "CI",
            "AETNA",
            "60054",
            "X-2",
            "22",
            "M47817",
            "64636",
            "1234567893",
            "207L00000X",
            "HC:01940:AA:P3",
            30,
            "20260315",
            null)
        .claim(
            "4",
            "BL",
            "BLUE CROSS",
            "00123",
            "X-3",
            "24",
            "M47816",
            "64635",
            "1467533284",
            "367500000X",
            "HC:01940:QZ:QS:P2:GC",
            60,
            "20260316",
            "START 2330 STOP 0030 Z")
        .claim(
            "5",
            "CI",
            "CIGNA",
            "62308",
            "X-4",
            "19",
            "M47816",
            "64635",
            "1234567893",
            "207L00000X",
            "HC:01940:QK:P3",
            41,
            "20260317",
            null)
        .claim(
            "6",
            "CI",
            "UNITEDHEALTHCARE",
            "87726",
            "X-5",
            "24",
            "M47896",
            "64635",
            "1234567893",
            "207L00000X",
            "HC:01940:AA:P3",
            52,
            "20260318",
            null);
  }
}
