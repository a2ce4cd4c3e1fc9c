package com.claims01940.reference;

import com.claims01940.codes.CodeSets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CMS's ICD-10-CM order file ({@code icd10cm_order_YYYY.txt}), fixed width: a 5-digit order number,
 * the code without its dot (7 characters, space-padded), 1 = billable or 0 = header, a 60-character
 * short description and the long description, each field followed by one space. Fiscal year N is in
 * force from 1 October of N-1 to 30 September of N. An extract names the categories it covers (code
 * prefixes such as {@code M54} or {@code M48.0}); every row must fall within them.
 */
public final class Icd10OrderFile {
  private static final Pattern ORDER = Pattern.compile("[0-9]{5}");
  // A letter may stand second since FY2027 (QA1.71, Lynch syndrome).
  static final Pattern CODE = Pattern.compile("[A-Z][0-9A-Z][0-9A-Z]{1,5}");

  /**
   * The words of a long description that make a diagnosis one of the low back: the regions the
   * contract (v1.2) names, and ICD-10-CM's own low-back titles (M54.3- sciatica, M54.4- lumbago,
   * M54.5- low back pain), which name no region but mean this one.
   */
  static final Pattern LOW_BACK_REGION =
      Pattern.compile(
          "\\b(lumbar|lumbosacral|sacral|sacrococcygeal|thoracolumbar|low back|lumbago|sciatica)\\b",
          Pattern.CASE_INSENSITIVE);

  private Icd10OrderFile() {}

  public static Icd10CodeSet parse(
      String file, byte[] bytes, int fiscalYear, List<String> categories) {
    Rows rows = read(file, bytes, categories);
    return rows.codeSet(file, fiscalYear, categories);
  }

  /**
   * The order file of {@code fiscalYear}, as the previous year's order file (or an extract of it)
   * with CMS's order addenda of {@code fiscalYear} applied ({@link Icd10OrderAddenda}): the addenda
   * lists every code added, deleted or retitled, so the result has the year's codes, flags and
   * titles (order numbers are not kept). Against a whole base file the addenda's closing counts are
   * checked, before and after.
   */
  public static Icd10CodeSet parse(
      String file,
      byte[] bytes,
      int fiscalYear,
      List<String> categories,
      String addendaFile,
      byte[] addenda) {
    Rows rows = read(file, bytes, categories);
    Icd10OrderAddenda.apply(addendaFile, addenda, fiscalYear, rows);
    return rows.codeSet(file + " + " + addendaFile, fiscalYear, categories);
  }

  /** The codes read so far: billable flag by code (file order), and the low-back ones. */
  static final class Rows {
    final List<String> prefixes;
    final Map<String, Boolean> billable = new LinkedHashMap<>();
    final Set<String> lowBack = new HashSet<>();

    Rows(List<String> prefixes) {
      this.prefixes = prefixes;
    }

    boolean covers(String code) {
      return prefixes.isEmpty() || prefixes.stream().anyMatch(code::startsWith);
    }

    void put(String code, boolean isBillable, String longDescription) {
      billable.put(code, isBillable);
      if (LOW_BACK_REGION.matcher(longDescription).find()) {
        lowBack.add(code);
      } else {
        lowBack.remove(code);
      }
    }

    void remove(String code) {
      billable.remove(code);
      lowBack.remove(code);
    }

    long count(boolean isBillable) {
      return billable.values().stream().filter(b -> b == isBillable).count();
    }

    Icd10CodeSet codeSet(String source, int fiscalYear, List<String> categories) {
      TableVersion version =
          new TableVersion(
              ReferenceTable.ICD10CM,
              "FY" + fiscalYear,
              LocalDate.of(fiscalYear - 1, 10, 1),
              LocalDate.of(fiscalYear, 9, 30),
              source,
              null,
              billable.size(),
              categories.stream().map(Icd10CodeSet::withDot).toList());
      return Icd10CodeSet.of(version, billable, lowBack);
    }
  }

  private static Rows read(String file, byte[] bytes, List<String> categories) {
    var problems = new ReferenceFileException.Collector(file);
    List<String> prefixes = categories.stream().map(CodeSets::normalizeDiagnosis).toList();
    for (String c : prefixes) {
      if (!Pattern.matches("[A-Z][0-9A-Z][0-9A-Z]{0,5}", c)) {
        problems.add(0, "category " + c + " is not an ICD-10-CM code prefix");
      }
    }
    Rows rows = new Rows(prefixes);
    String[] lines = DelimitedText.lines(file, bytes);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.length() < 17
          || !ORDER.matcher(line.substring(0, 5)).matches()
          || line.charAt(5) != ' '
          || line.charAt(13) != ' '
          || line.charAt(15) != ' ') {
        problems.add(
            n,
            "is not an order-file row (order number, code, 0/1 flag and descriptions in columns)");
        continue;
      }
      String code = line.substring(6, 13).strip();
      char flag = line.charAt(14);
      if (!CODE.matcher(code).matches()) {
        problems.add(n, "code '" + code + "' is not an ICD-10-CM code written without its dot");
      } else if (flag != '0' && flag != '1') {
        problems.add(n, "the header flag is '" + flag + "'; it must be 1 (billable) or 0 (header)");
      } else if (line.substring(16, Math.min(76, line.length())).isBlank()) {
        problems.add(n, "code " + code + " has no short description");
      } else if (!rows.covers(code)) {
        problems.add(n, "code " + code + " is outside the declared categories " + categories);
      } else if (rows.billable.containsKey(code)) {
        problems.add(n, "code " + code + " appears twice");
      } else {
        rows.put(code, flag == '1', longDescription(line, 77));
      }
    }
    if (rows.billable.isEmpty()) {
      problems.add(0, "holds no codes");
    }
    problems.throwIfAny();
    return rows;
  }

  /**
   * The long description, from column {@code at} on (78 in the order file); a row cut short of it
   * has only its short description, 61 columns before.
   */
  static String longDescription(String line, int at) {
    return line.length() > at ? line.substring(at) : line.substring(at - 61);
  }
}
