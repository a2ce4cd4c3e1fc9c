package com.claims01940.local.snapshot;

import java.util.ArrayList;
import java.util.List;

/** The global context: the resources registered, in order. */
public class Context<R extends Resource> implements Resource {
  private final List<R> resources = new ArrayList<>();

  public synchronized void register(R resource) {
    resources.add(resource);
  }

  /** Before a checkpoint, in the order registered. */
  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
    for (R r : snapshot()) {
      r.beforeCheckpoint(this);
    }
  }

  /** After a restore, in reverse order, as CRaC does. */
  @Override
  public void afterRestore(Context<? extends Resource> context) throws Exception {
    List<R> all = snapshot();
    for (int i = all.size() - 1; i >= 0; i--) {
      all.get(i).afterRestore(this);
    }
  }

  private synchronized List<R> snapshot() {
    return new ArrayList<>(resources);
  }
}
