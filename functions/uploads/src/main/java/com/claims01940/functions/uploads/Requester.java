package com.claims01940.functions.uploads;

import com.claims01940.http.ApiRequest;

/**
 * Who asks, from the verified token: its subject ({@code sub}) and, when the token carries one, its
 * organisation ({@code org}). Both null when the request came without a token (the local stack with
 * its authorizer off).
 */
public record Requester(String subject, String organisation) {
  public static Requester of(ApiRequest request) {
    return new Requester(request.claim("sub"), request.claim("org"));
  }
}
