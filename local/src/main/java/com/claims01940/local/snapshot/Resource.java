package com.claims01940.local.snapshot;

/**
 * What org.crac registers here: its hooks, as the JVM's checkpoint implementation would see them.
 */
public interface Resource {
  void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

  void afterRestore(Context<? extends Resource> context) throws Exception;
}
