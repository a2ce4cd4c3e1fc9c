package com.claims01940.local;

import com.claims01940.awssdk.SdkClients;
import com.claims01940.dynamodb.DynamoDbClients;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The project's HTTP client, counting the requests sent through it (retries included): how tests
 * and the reads benchmark see what the caches save and what a request carried.
 */
public final class CountingHttpClient implements SdkHttpClient {
  private final SdkHttpClient http = SdkClients.httpClient().build();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile SdkHttpRequest last;

  /** A DynamoDB client configured as the functions' own, its requests counted. */
  public static DynamoDbClient dynamoDb(CountingHttpClient counter, String region, URI endpoint) {
    return DynamoDbClients.dynamoDb(counter, region, endpoint, SdkClients.credentials(endpoint));
  }

  public int requests() {
    return requests.get();
  }

  /** The last request sent, headers included (null: none yet). */
  public SdkHttpRequest lastRequest() {
    return last;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    requests.incrementAndGet();
    last = request.httpRequest();
    return http.prepareRequest(request);
  }

  @Override
  public String clientName() {
    return http.clientName();
  }

  @Override
  public void close() {
    http.close();
  }
}
