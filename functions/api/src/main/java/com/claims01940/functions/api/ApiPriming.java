package com.claims01940.functions.api;

import com.claims01940.http.ApiHandler;
import com.claims01940.wiring.Priming;
import java.util.List;

/** A handler's priming events as SnapStart priming steps, each named by its route. */
final class ApiPriming {
  private ApiPriming() {}

  static List<Priming.Step> steps(ApiHandler handler) {
    return handler.primingEvents().stream()
        .map(event -> new Priming.Step(event.routeKey(), () -> handler.prime(event)))
        .toList();
  }
}
