package com.claims01940.local.snapshot;

/**
 * A stand-in for a JVM's checkpoint implementation, for benchmarks on a JVM without CRaC: with
 * {@code -Dorg.crac.Core.Compat=com.claims01940.local.snapshot}, org.crac registers resources here,
 * and {@code org.crac.Core.checkpointRestore()} runs every {@code beforeCheckpoint} hook and then
 * every {@code afterRestore} hook in one JVM, with no snapshot in between. What SnapStart leaves to
 * the first request after a restore can then be timed locally (LambdaMain --primed).
 */
public final class Core {
  private Core() {}

  private static final Context<Resource> GLOBAL = new Context<>();

  public static Context<Resource> getGlobalContext() {
    return GLOBAL;
  }

  public static void checkpointRestore() throws CheckpointException, RestoreException {
    try {
      GLOBAL.beforeCheckpoint(null);
    } catch (Exception e) {
      throw new CheckpointException(e);
    }
    try {
      GLOBAL.afterRestore(null);
    } catch (Exception e) {
      throw new RestoreException(e);
    }
  }
}
