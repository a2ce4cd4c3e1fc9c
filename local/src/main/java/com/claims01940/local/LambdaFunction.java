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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One function's handler, loaded and called the way the Lambda Java runtime does it: a no-argument
 * constructor; a stream handler gets the event's bytes and writes its response's, a typed handler
 * gets its input and output through the runtime's own event serializers.
 */
public final class LambdaFunction {
  private final String name;
  private final Invocation invocation;

  /** One way of calling a handler: event JSON in, response JSON out. */
  private interface Invocation {
    String invoke(String eventJson, Context context) throws IOException;
  }

  @SuppressWarnings("unchecked")
  public LambdaFunction(String name, String handlerClass) {
    this.name = name;
    try {
      Class<?> type = Class.forName(handlerClass);
      Object handler = type.getConstructor().newInstance();
      Method stream = streamMethod(type);
      if (stream != null) {
        this.invocation =
            (eventJson, context) -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              call(
                  stream,
                  handler,
                  new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)),
                  out,
                  context);
              return out.toString(StandardCharsets.UTF_8);
            };
      } else {
        var typed = (RequestHandler<Object, Object>) handler;
        Type[] args = requestHandlerTypes(type);
        ClassLoader loader = type.getClassLoader();
        PojoSerializer<Object> input =
            LambdaEventSerializers.serializerFor((Class<Object>) args[0], loader);
        PojoSerializer<Object> output =
            LambdaEventSerializers.serializerFor((Class<Object>) args[1], loader);
        this.invocation =
            (eventJson, context) -> {
              Object event =
                  input.fromJson(
                      new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)));
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              output.toJson(typed.handleRequest(event, context), out);
              return out.toString(StandardCharsets.UTF_8);
            };
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load handler " + handlerClass + " of " + name, e);
    }
  }

  /** Invokes the handler with one event (JSON) and returns its response (JSON). */
  public String invoke(String eventJson) {
    try {
      return invocation.invoke(eventJson, new LocalContext(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The handleRequest(InputStream, OutputStream, Context) of a stream handler, found by name: a
   * deployable jar without one (bulk) has no RequestStreamHandler class to refer to.
   */
  static Method streamMethod(Class<?> type) {
    try {
      return type.getMethod("handleRequest", InputStream.class, OutputStream.class, Context.class);
    } catch (NoSuchMethodException typed) {
      return null;
    }
  }

  private static void call(Method method, Object target, Object... args) throws IOException {
    try {
      method.invoke(target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
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
