package com.claims01940.local.servers;

import java.net.URI;

/** A real AWS-compatible API listening on loopback; closing it stops what was started. */
public interface LocalEndpoint extends AutoCloseable {

  URI endpoint();

  /** Which server answers (dynalite, s3proxy, localstack), for logs. */
  String kind();

  @Override
  void close();
}
