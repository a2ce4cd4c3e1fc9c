package com.claims01940.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

/**
 * The cold-start floor: a fresh default JVM that parses the same event with Jackson and answers a
 * constant.
 */
public final class BaselineMain {
  private BaselineMain() {}

  public static void main(String[] args) throws Exception {
    new ObjectMapper().readTree(new File(args[0]));
    System.out.println("{\"statusCode\":200}");
  }
}
