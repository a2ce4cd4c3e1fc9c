package com.claims01940.wiring;

import com.claims01940.runtime.Log;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Resource;

/**
 * SnapStart's hooks for a function container. Before the snapshot: run the function's priming steps
 * — its own routes answered once each through the real stores — with log and metric lines silenced
 * (they are not requests), so every read path it serves is loaded and warm in the snapshot. A step
 * that fails, whatever it throws, is logged by class and never stops the snapshot. After restore:
 * {@code afterRestore} renews what must not outlive the snapshot (credentials, jitter seeds, cached
 * policies and reference tables).
 */
public final class Priming implements Resource {
  /** One thing to exercise before the snapshot; its name is what a failure is logged as. */
  public record Step(String name, Runnable run) {}

  private final Supplier<List<Step>> steps;
  private final Runnable afterRestore;

  /** The steps are asked for only at the checkpoint, so naming them costs a cold start nothing. */
  public Priming(Supplier<List<Step>> steps, Runnable afterRestore) {
    this.steps = steps;
    this.afterRestore = afterRestore;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    List<Step> toRun = new ArrayList<>();
    Throwable unnamed = quietly(() -> toRun.addAll(steps.get()));
    int failed = 0;
    if (unnamed != null) {
      failed++;
      Log.warn("snapstart.priming-step-failed")
          .id("step", "(naming the steps)")
          .id("error", unnamed.getClass().getName())
          .emit();
    }
    for (Step step : toRun) {
      Throwable failure = quietly(step.run());
      if (failure != null) {
        failed++;
        Log.warn("snapstart.priming-step-failed")
            .id("step", step.name())
            .id("error", failure.getClass().getName())
            .emit();
      }
    }
    Log.info("snapstart.primed").count("steps", toRun.size()).count("failed", failed).emit();
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    Throwable failure = quietly(afterRestore);
    if (failure != null) {
      // What failed is read again on first use; a restore must not fail for it.
      Log.warn("snapstart.restore-incomplete").id("error", failure.getClass().getName()).emit();
    }
  }

  /** Runs one step with log and metric lines silenced; what it threw, or null. */
  private static Throwable quietly(Runnable step) {
    PrintStream previous = Log.to(new PrintStream(PrintStream.nullOutputStream()));
    try {
      step.run();
      return null;
    } catch (Throwable e) { // priming must never abort the snapshot, Errors included
      return e;
    } finally {
      Log.to(previous);
    }
  }
}
