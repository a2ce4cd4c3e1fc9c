package com.claims01940.bench;

/**
 * An 837P interchange with N anesthesia claims across the five payers, laid out like
 * events/bulk/claims.837.
 */
final class X12Files {
  private X12Files() {}

  static String claims(int n) {
    StringBuilder tx = new StringBuilder();
    String[][] payers = {
      {"MB", "MEDICARE", "00000"},
      {"CI", "AETNA", "60054"},
      {"BL", "BLUE CROSS", "00123"},
      {"CI", "CIGNA", "62308"},
      {"CI", "UNITEDHEALTHCARE", "87726"}
    };
    int segments = 6;
    tx.append(
            "ST*837*0001*005010X222A1~BHT*0019*00*BATCH1*20260320*1200*CH~NM1*41*2*ANESTHESIA GROUP*****46*123456789~")
        .append(
            "NM1*40*2*CLEARINGHOUSE*****46*987654321~HL*1**20*1~NM1*85*2*ANESTHESIA GROUP*****XX*1234567893~");
    for (int i = 0; i < n; i++) {
      String[] p = payers[i % payers.length];
      int hl = i + 2;
      tx.append("HL*")
          .append(hl)
          .append("*1*22*0~SBR*P*18*******")
          .append(p[0])
          .append("~NM1*IL*1*DOE*JANE****MI*M")
          .append(i)
          .append("~DMG*D8*19710502*F~NM1*PR*2*")
          .append(p[1])
          .append("*****PI*")
          .append(p[2])
          .append("~CLM*X-")
          .append(i)
          .append("*145.53***24:B:1*Y*A*Y*Y~HI*ABK:M47816*BP:64635~")
          .append("NM1*82*1*SMITH*JOHN****XX*1234567893~PRV*PE*PXC*207L00000X~LX*1~")
          .append(
              "SV1*HC:01940:AA:QS:P3*145.53*MJ*47***1~DTP*472*D8*20260314~NTE*ADD*START 0802 STOP 0849 -0500~");
      segments += 13;
    }
    String isa =
        "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *260320*1200*^*00501*000000001*0*T*:~";
    return isa
        + "GS*HC*SUBMITTER*RECEIVER*20260320*1200*1*X*005010X222A1~"
        + tx
        + "SE*"
        + (segments + 1)
        + "*0001~GE*1*1~IEA*1*000000001~";
  }
}
