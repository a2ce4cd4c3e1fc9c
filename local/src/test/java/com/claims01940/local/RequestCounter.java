package com.claims01940.local;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** Counts the API calls a client makes (not retries): how tests see what the cache saves. */
final class RequestCounter implements ExecutionInterceptor {
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    calls.incrementAndGet();
  }
}
