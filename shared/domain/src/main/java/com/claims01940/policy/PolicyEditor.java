package com.claims01940.policy;

import com.claims01940.json.IsoDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A billing lead's write of one policy item (contract v1.2 "Policy writes"): the body read by the
 * loader's parser, the revision guarded by If-Match, no overlapping periods, and the item and its
 * history entry committed together. Storage is the {@link Repository} port.
 */
public final class PolicyEditor {

  /** The policy table and its history, read consistently. */
  public interface Repository {
    /** Every item of the payer and the payer's last history entry, read consistently. */
    PayerItems read(String payerId);

    /**
     * Writes the document and its history entry together, only if nothing of the payer changed
     * since {@code seen} was read; otherwise writes nothing and throws {@link ConcurrentChange}.
     */
    void commit(ObjectNode document, PayerItems seen, PolicyChange change);

    /** The history of one item, oldest first. */
    List<PolicyChange> history(String payerId, LocalDate effectiveFrom);
  }

  /** A consistent read of a payer: its items and the number of its last history entry. */
  public record PayerItems(List<JsonNode> items, long lastChange) {
    public Optional<JsonNode> item(LocalDate effectiveFrom) {
      return items.stream()
          .filter(i -> effectiveFrom.toString().equals(i.path("effectiveFrom").asText()))
          .findFirst();
    }
  }

  /** Another write to the same payer landed between the read and the commit. */
  public static final class ConcurrentChange extends RuntimeException {
    public ConcurrentChange(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What a write did, or why it did nothing. */
  public sealed interface Outcome {}

  /** Written (or already so: {@code changed} false and the revision unchanged). */
  public record Saved(ObjectNode document, long revision, boolean created, boolean changed)
      implements Outcome {}

  /** Nothing written; the HTTP status says why. */
  public record Rejected(Reason reason, String detail, List<PolicyFormatException.Problem> problems)
      implements Outcome {}

  /** Why a write was refused, with the status the API answers. */
  public enum Reason {
    INVALID(400),
    OVERLAP(409),
    CONCURRENT(409),
    STALE(412),
    PRECONDITION_REQUIRED(428);

    public final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  /** Commits retried after a concurrent write to the same payer, re-reading each time. */
  static final int ATTEMPTS = 3;

  private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

  private final Repository repository;

  public PolicyEditor(Repository repository) {
    this.repository = repository;
  }

  /** The ETag of a policy document: its revision, quoted. */
  public static String etag(JsonNode document) {
    return "\"" + document.path("revision").asLong() + "\"";
  }

  /**
   * PUT /v1/payers/{payerId}/policies/{effectiveFrom}: creates the item (no If-Match) or replaces
   * the revision If-Match names. The body's revision is ignored: the stored one plus one is
   * written.
   */
  public Outcome put(
      String payerId,
      String effectiveFrom,
      JsonNode body,
      String ifMatch,
      String changedBy,
      Instant now) {
    String payer = PolicyStore.payerKey(payerId);
    LocalDate from = IsoDates.date(effectiveFrom);
    List<PolicyFormatException.Problem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(problem("effectiveFrom", "in the path must be a date YYYY-MM-DD"));
    }
    if (body == null || !body.isObject()) {
      problems.add(problem("(document)", "must be a policy document (a JSON object)"));
    } else {
      matchesPath(body, "payerId", payer, problems);
      if (from != null) {
        matchesPath(body, "effectiveFrom", from.toString(), problems);
      }
    }
    if (!problems.isEmpty()) {
      return invalid(problems);
    }
    for (int attempt = 1; ; attempt++) {
      PayerItems seen = repository.read(payer);
      Optional<JsonNode> current = seen.item(from);
      long revision = current.map(c -> c.path("revision").asLong()).orElse(0L) + 1;
      ObjectNode document = ((ObjectNode) body).deepCopy();
      document.put("payerId", payer);
      document.put("effectiveFrom", from.toString());
      document.put("revision", revision);
      PayerPolicy policy;
      try {
        policy = PolicyParser.parseForWrite(document);
      } catch (PolicyFormatException e) {
        return invalid(e.problems());
      }
      Optional<Rejected> precondition = precondition(current, ifMatch, payer, from);
      if (precondition.isPresent()) {
        return precondition.get();
      }
      Optional<String> overlap = overlap(seen, policy);
      if (overlap.isPresent()) {
        return new Rejected(
            Reason.OVERLAP,
            overlap.get() + ": a payer's items must not overlap; end the other one first.",
            List.of(problem("effectiveTo", overlap.get())));
      }
      List<PolicyChange.Field> changes =
          current.map(c -> PolicyDiff.changes(c, document)).orElse(List.of());
      if (current.isPresent() && changes.isEmpty()) {
        return new Saved((ObjectNode) current.get(), revision - 1, false, false);
      }
      try {
        repository.commit(
            document, seen, new PolicyChange(revision, changedBy, now, current.isEmpty(), changes));
        return new Saved(document, revision, current.isEmpty(), true);
      } catch (ConcurrentChange e) {
        if (attempt == ATTEMPTS) {
          return new Rejected(
              Reason.CONCURRENT,
              "Other changes to payer "
                  + payer
                  + " kept landing while this one was written; nothing was written, try again.",
              List.of());
        }
      }
    }
  }

  /** The item's history, or empty when there is no such item and never was. */
  public Optional<List<PolicyChange>> history(String payerId, String effectiveFrom) {
    LocalDate from = IsoDates.date(effectiveFrom);
    if (from == null) {
      return Optional.empty();
    }
    String payer = PolicyStore.payerKey(payerId);
    List<PolicyChange> history = repository.history(payer, from);
    if (history.isEmpty() && repository.read(payer).item(from).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(history);
  }

  private static Optional<Rejected> precondition(
      Optional<JsonNode> current, String ifMatch, String payer, LocalDate from) {
    String key = payer + " " + from;
    if (ifMatch == null || ifMatch.isBlank()) {
      return current.map(
          c ->
              new Rejected(
                  Reason.PRECONDITION_REQUIRED,
                  "The policy item "
                      + key
                      + " exists (revision "
                      + c.path("revision").asLong()
                      + "): send If-Match with the ETag you read, so that no one's change is lost.",
                  List.of()));
    }
    if (current.isEmpty()) {
      return Optional.of(
          new Rejected(
              Reason.STALE,
              "There is no policy item " + key + " to replace; send no If-Match to create it.",
              List.of()));
    }
    long stored = current.get().path("revision").asLong();
    Matcher m = ETAG.matcher(ifMatch);
    if (!m.matches() || Long.parseLong(m.group(1)) != stored) {
      return Optional.of(
          new Rejected(
              Reason.STALE,
              "The policy item "
                  + key
                  + " is at revision "
                  + stored
                  + ", not "
                  + ifMatch.strip()
                  + ": reload it and apply your change again.",
              List.of()));
    }
    return Optional.empty();
  }

  private static Optional<String> overlap(PayerItems seen, PayerPolicy written) {
    List<PayerPolicy> items = new ArrayList<>();
    for (JsonNode item : seen.items()) {
      if (!item.path("effectiveFrom").asText().equals(written.effectiveFrom().toString())) {
        items.add(PolicyParser.parse(item));
      }
    }
    items.add(written);
    return PolicyPeriods.overlap(items);
  }

  private static void matchesPath(
      JsonNode body, String field, String expected, List<PolicyFormatException.Problem> out) {
    JsonNode given = body.path(field);
    if (!given.isMissingNode()
        && !given.isNull()
        && !expected.equalsIgnoreCase(given.asText().strip())) {
      out.add(problem(field, "is " + given.asText() + " but the path says " + expected));
    }
  }

  private static Rejected invalid(List<PolicyFormatException.Problem> problems) {
    return new Rejected(
        Reason.INVALID,
        problems.size() + " problem(s) in the policy document; nothing was written.",
        problems);
  }

  private static PolicyFormatException.Problem problem(String field, String problem) {
    return new PolicyFormatException.Problem(field, problem);
  }
}
