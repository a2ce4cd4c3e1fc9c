package com.claims01940.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One function's handler, loaded and called the way the Lambda Java runtime does it: a no-argument
 * constructor, and the runtime's own event serializers for the input and output types.
 */
public final class LambdaFunction {
  private final String name;
  private final RequestHandler<Object, Object> handler;
  private final PojoSerializer<Object> input;
  private final PojoSerializer<Object> output;

  @SuppressWarnings("unchecked")
  public LambdaFunction(String name, String handlerClass) {
    this.name = name;
    try {
      Class<?> type = Class.forName(handlerClass);
      this.handler = (RequestHandler<Object, Object>) type.getConstructor().newInstance();
      Type[] args = requestHandlerTypes(type);
      ClassLoader loader = type.getClassLoader();
      this.input = LambdaEventSerializers.serializerFor((Class<Object>) args[0], loader);
      this.output = LambdaEventSerializers.serializerFor((Class<Object>) args[1], loader);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load handler " + handlerClass + " of " + name, e);
    }
  }

  /** Invokes the handler with one event (JSON) and returns its response (JSON). */
  public String invoke(String eventJson) {
    Object event =
        input.fromJson(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)));
    Object response = handler.handleRequest(event, new LocalContext(name));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    output.toJson(response, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The input and output types of the RequestHandler the class (or a superclass) implements. */
  static Type[] requestHandlerTypes(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Type t : c.getGenericInterfaces()) {
        if (t instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
          return p.getActualTypeArguments();
        }
      }
    }
    throw new IllegalStateException(type + " does not implement RequestHandler<I, O>");
  }

  /** The context a local invocation gets: a request id, a name, and a logger to standard error. */
  record LocalContext(String functionName, String awsRequestId, long deadline) implements Context {
    LocalContext(String functionName) {
      this(functionName, UUID.randomUUID().toString(), System.currentTimeMillis() + 15_000);
    }

    @Override
    public String getAwsRequestId() {
      return awsRequestId;
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/local-" + functionName;
    }

    @Override
    public String getLogStreamName() {
      return "local";
    }

    @Override
    public String getFunctionName() {
      return functionName;
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return (int) Math.max(0, deadline - System.currentTimeMillis());
    }

    @Override
    public int getMemoryLimitInMB() {
      return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          System.err.println(message);
        }

        @Override
        public void log(byte[] message) {
          System.err.println(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
