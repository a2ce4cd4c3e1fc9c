package com.claims01940.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CMS's ICD-10-CM order addenda ({@code icd10cm_order_addenda_YYYY.txt}): every code added to,
 * deleted from or retitled in the order file of fiscal year YYYY since the year before, one line
 * each, then closing counts. A line is a 13-column action ({@code Add:}, {@code Delete:}, {@code
 * Revise from:}, {@code Revise to:}), the 0/1 flag, the code without its dot (7 characters), the
 * 60-character short and the long description, each field followed by one space; a heading ("Add: 0
 * D691") may be deleted and added back with another flag. The counts read " 74719 codes in
 * icd10cm_order_2026.txt" and the same for headers, for both years.
 */
final class Icd10OrderAddenda {
  private static final Pattern ACTION = Pattern.compile("(Add:|Delete:|Revise from:|Revise to:)");
  private static final Pattern COUNT =
      Pattern.compile("\\s*([0-9]+) (codes|headers) in icd10cm_order_([0-9]{4})\\.txt");
  private static final Pattern FOOTER =
      Pattern.compile("(Headers|Codes|of which|\\s*[0-9]+ [a-z ]+)");

  private Icd10OrderAddenda() {}

  /**
   * Applies the addenda of {@code fiscalYear} to the previous year's rows, those within the rows'
   * categories (all of them for a whole file): nothing is applied unless every line reads.
   */
  static void apply(String file, byte[] bytes, int fiscalYear, Icd10OrderFile.Rows rows) {
    var problems = new ReferenceFileException.Collector(file);
    Map<String, Long> counts = new HashMap<>();
    String revising = null;
    long fromCodes = rows.count(true);
    long fromHeaders = rows.count(false);
    String[] lines = DelimitedText.lines(file, bytes);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      Matcher count = COUNT.matcher(line);
      if (count.matches()) {
        counts.put(count.group(2) + " " + count.group(3), Long.valueOf(count.group(1)));
        continue;
      }
      if (line.isBlank() || FOOTER.matcher(line).matches()) {
        continue;
      }
      Matcher action = ACTION.matcher(line);
      if (line.length() < 24
          || !action.lookingAt()
          || !line.substring(action.end(), 13).isBlank()
          || line.charAt(14) != ' '
          || line.charAt(22) != ' ') {
        problems.add(n, "is not an addenda line (action, 0/1 flag, code and descriptions)");
        continue;
      }
      String verb = action.group(1);
      char flag = line.charAt(13);
      String code = line.substring(15, 22).strip();
      if (!Icd10OrderFile.CODE.matcher(code).matches() || (flag != '0' && flag != '1')) {
        problems.add(n, "'" + flag + " " + code + "' is not a 0/1 flag and an ICD-10-CM code");
        continue;
      }
      boolean isBillable = flag == '1';
      Boolean present = rows.billable.get(code);
      if (verb.equals("Revise to:") != (revising != null)
          || (revising != null && !revising.equals(code))) {
        problems.add(n, "'Revise from:' and 'Revise to:' must come in pairs, for one code");
        revising = null;
        continue;
      }
      if (!rows.covers(code)) {
        revising = verb.equals("Revise from:") ? code : null;
        continue;
      }
      switch (verb) {
        case "Add:" -> {
          if (present != null) {
            problems.add(n, code + " is added but is already in the order file");
          } else {
            rows.put(code, isBillable, Icd10OrderFile.longDescription(line, 84));
          }
        }
        case "Delete:", "Revise from:" -> {
          if (present == null || present != isBillable) {
            problems.add(
                n,
                code
                    + (isBillable ? " (billable)" : " (a header)")
                    + " is not in the order file as the addenda says");
          } else if (verb.equals("Delete:")) {
            rows.remove(code);
          }
          revising = verb.equals("Revise from:") ? code : null;
        }
        default -> {
          rows.put(code, isBillable, Icd10OrderFile.longDescription(line, 84));
          revising = null;
        }
      }
    }
    if (revising != null) {
      problems.add(lines.length, "'Revise from:' " + revising + " has no 'Revise to:'");
    }
    checkCounts(problems, counts, fiscalYear, rows, fromCodes, fromHeaders);
    problems.throwIfAny();
  }

  /**
   * The counts name the two years' order files: they must be the year before and this year; and
   * against a whole base file, its counts before and the result's after must be CMS's.
   */
  private static void checkCounts(
      ReferenceFileException.Collector problems,
      Map<String, Long> counts,
      int fiscalYear,
      Icd10OrderFile.Rows rows,
      long fromCodes,
      long fromHeaders) {
    for (String kind : new String[] {"codes", "headers"}) {
      for (int year : new int[] {fiscalYear - 1, fiscalYear}) {
        if (!counts.containsKey(kind + " " + year)) {
          problems.add(
              0,
              "has no count of "
                  + kind
                  + " in icd10cm_order_"
                  + year
                  + ".txt: it is not the addenda of FY"
                  + fiscalYear);
        }
      }
    }
    if (!rows.prefixes.isEmpty() || !counts.containsKey("codes " + fiscalYear)) {
      return;
    }
    long[][] expected = {
      {counts.get("codes " + (fiscalYear - 1)), fromCodes},
      {counts.get("headers " + (fiscalYear - 1)), fromHeaders},
      {counts.get("codes " + fiscalYear), rows.count(true)},
      {counts.get("headers " + fiscalYear), rows.count(false)},
    };
    String[] what = {
      "codes before", "headers before", "codes after", "headers after",
    };
    for (int i = 0; i < expected.length; i++) {
      if (expected[i][0] != expected[i][1]) {
        problems.add(
            0,
            "the whole order file has "
                + expected[i][1]
                + " "
                + what[i]
                + " the addenda, where the addenda counts "
                + expected[i][0]);
      }
    }
  }
}
