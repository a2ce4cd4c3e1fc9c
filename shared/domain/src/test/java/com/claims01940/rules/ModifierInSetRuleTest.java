package com.claims01940.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a rule's description names a code list: "a", "a or b", "a, b or c". */
class ModifierInSetRuleTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "GA|GA",
        "GA,GZ|GA or GZ",
        "AA,QK,QZ|AA, QK or QZ",
        "AA,AD,QK,QX|AA, AD, QK or QX"
      })
  void namesTheListAsASentenceDoes(String items, String expected) {
    List<String> list = items.isEmpty() ? List.of() : Arrays.asList(items.split(","));
    assertEquals(expected, ModifierInSetRule.either(list));
  }
}
