package com.claims01940.reference;

import java.util.List;

/**
 * A publisher's file that cannot be loaded: each problem names its line (0 = the file as a whole).
 * Thrown before anything is written, so a refused file leaves the tables as they were.
 */
public class ReferenceFileException extends RuntimeException {
  /** At most this many problems are listed; a file with more is wrong throughout. */
  static final int MAX_PROBLEMS = 20;

  /** One problem at one line of the file. */
  public record Problem(int line, String message) {
    @Override
    public String toString() {
      return (line > 0 ? "line " + line + ": " : "") + message;
    }
  }

  private final String file;
  private final List<Problem> problems;

  public ReferenceFileException(String file, List<Problem> problems) {
    super(file + ": " + problems.get(0) + (problems.size() > 1 ? " (and more)" : ""));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public ReferenceFileException(String file, int line, String message) {
    this(file, List.of(new Problem(line, message)));
  }

  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  /** Collects a file's problems, so one refusal names them all (up to {@link #MAX_PROBLEMS}). */
  static final class Collector {
    private final String file;
    private final List<Problem> problems = new java.util.ArrayList<>();

    Collector(String file) {
      this.file = file;
    }

    void add(int line, String message) {
      if (problems.size() < MAX_PROBLEMS) {
        problems.add(new Problem(line, message));
      }
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new ReferenceFileException(file, problems);
      }
    }
  }
}
