package com.claims01940.codes;

import com.claims01940.claim.Claim;
import com.claims01940.claim.Claim.HistoryEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Sessions, joints and sides counted as a certified coder counts them (the contract's "Counting, as
 * a coder counts"). A session is a date of lumbar/sacral facet denervation: 64635 and 64636 on one
 * day are one. {@code L4-L5} names one joint; single segments name medial-branch nerves, and a run
 * of n contiguous nerves treats n - 1 joints, each one level below the pair that supplies it
 * ({@code L3, L4} → L4-L5; a lone nerve counts as one). A missing laterality is "not stated": it
 * meets any side.
 */
public final class FacetCounting {
  private FacetCounting() {}

  /** One earlier session: its date and the history entries (indexes) billed that day. */
  public record Session(LocalDate date, List<Integer> entries) {}

  /** The facet joints the levels treat, in the order first named. */
  public static Set<String> joints(List<String> levels, CodeSets codes) {
    Set<String> out = new LinkedHashSet<>();
    List<Integer> nerves = new ArrayList<>();
    for (String level : levels) {
      int at = codes.segmentOrder().indexOf(level);
      if (at < 0) {
        out.add(level);
      } else if (!nerves.contains(at)) {
        nerves.add(at);
      }
    }
    Collections.sort(nerves);
    List<String> order = codes.segmentOrder();
    for (int i = 0; i < nerves.size(); i++) {
      int start = i;
      while (i + 1 < nerves.size() && nerves.get(i + 1) == nerves.get(i) + 1) {
        i++;
      }
      if (start == i) {
        out.add(order.get(nerves.get(i)));
      }
      for (int k = start; k < i; k++) {
        out.add(jointOfNerves(order, nerves.get(k)));
      }
    }
    return out;
  }

  /**
   * The joint two contiguous medial-branch nerves supply (contract v1.2): a lumbar facet joint is
   * supplied by the nerves of its own level and the level above, so Lk and Lk+1 treat
   * L(k+1)-L(k+2), with L6 read as S1 (L4, L5 → L5-S1). A pair whose lower nerve is sacral (L5, S1)
   * has no joint below it to shift to and stays the joint between them.
   */
  private static String jointOfNerves(List<String> order, int upper) {
    int lower = upper + 1;
    boolean lumbarLower = order.get(lower).startsWith("L") && lower + 1 < order.size();
    return lumbarLower
        ? order.get(lower) + "-" + order.get(lower + 1)
        : order.get(upper) + "-" + order.get(lower);
  }

  /** The sides a laterality covers; empty when it is not stated. */
  public static Set<String> sides(String laterality, CodeSets codes) {
    return laterality == null
        ? Set.of()
        : codes.lateralitySides().getOrDefault(laterality, Set.of());
  }

  /** The claim's own session: the joints of its procedure (else documented) levels. */
  public static Set<String> claimJoints(Claim claim, CodeSets codes) {
    return joints(List.copyOf(ClaimFacts.sessionLevels(claim)), codes);
  }

  public static Set<String> claimSides(Claim claim, CodeSets codes) {
    return sides(claim.procedure() == null ? null : claim.procedure().laterality(), codes);
  }

  /**
   * A facet denervation in the lumbar/sacral region: by its levels when it names any, else by its
   * code (64635/64636 are lumbar or sacral; 64633/64634 cervical or thoracic).
   */
  public static boolean lumbosacralDenervation(HistoryEntry entry, CodeSets codes) {
    if (!codes.isFacetDenervation(entry.procedureCode())) {
      return false;
    }
    if (entry.levels().isEmpty()) {
      return codes.lumbosacralFacetDenervationCodes().contains(entry.procedureCode());
    }
    return entry.levels().stream().anyMatch(codes.lumbosacralLevels()::contains);
  }

  /**
   * Earlier lumbar/sacral facet sessions, oldest first; history dated on the day of service is this
   * session.
   */
  public static List<Session> priorSessions(Claim claim, CodeSets codes) {
    TreeMap<LocalDate, List<Integer>> byDate = new TreeMap<>();
    List<HistoryEntry> history = claim.history();
    for (int i = 0; i < history.size(); i++) {
      HistoryEntry h = history.get(i);
      if (h.dateOfService() != null
          && h.dateOfService().isBefore(claim.dateOfService())
          && lumbosacralDenervation(h, codes)) {
        byDate.computeIfAbsent(h.dateOfService(), d -> new ArrayList<>()).add(i);
      }
    }
    List<Session> out = new ArrayList<>();
    byDate.forEach((date, entries) -> out.add(new Session(date, List.copyOf(entries))));
    return out;
  }

  /** True when the entry treated any of these joints on a side that meets these sides. */
  public static boolean treatedAny(
      HistoryEntry entry, Set<String> joints, Set<String> sides, CodeSets codes) {
    return sidesMeet(sides(entry.laterality(), codes), sides)
        && !Collections.disjoint(joints(entry.levels(), codes), joints);
  }

  /**
   * The joints of this session (with their side, where the claim names one) that no earlier
   * lumbar/sacral denervation treated: those are denervated for the first time.
   */
  public static List<String> firstTimeJoints(Claim claim, CodeSets codes) {
    Set<String> joints = claimJoints(claim, codes);
    Set<String> sides = claimSides(claim, codes);
    List<HistoryEntry> earlier = new ArrayList<>();
    for (Session s : priorSessions(claim, codes)) {
      s.entries().forEach(i -> earlier.add(claim.history().get(i)));
    }
    List<String> first = new ArrayList<>();
    for (String joint : joints) {
      if (sides.isEmpty()) {
        if (earlier.stream().noneMatch(h -> treatedAny(h, Set.of(joint), Set.of(), codes))) {
          first.add(joint);
        }
        continue;
      }
      for (String side : sides) {
        if (earlier.stream().noneMatch(h -> treatedAny(h, Set.of(joint), Set.of(side), codes))) {
          first.add(joint + " (" + side.toLowerCase(java.util.Locale.ROOT) + ")");
        }
      }
    }
    return first;
  }

  private static boolean sidesMeet(Set<String> a, Set<String> b) {
    return a.isEmpty() || b.isEmpty() || !Collections.disjoint(a, b);
  }
}
