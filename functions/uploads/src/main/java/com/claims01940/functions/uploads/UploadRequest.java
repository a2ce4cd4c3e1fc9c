package com.claims01940.functions.uploads;

import com.claims01940.claim.BulkFiles;
import com.claims01940.claim.FieldError;
import com.claims01940.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The body of POST /v1/uploads, checked: {@code {fileName, size, contentType?}}. A file name of an
 * accepted bulk type, a content type that fits it (the type's default when absent), and a size
 * within the limit. Every problem is named, as for a claim.
 */
public record UploadRequest(String fileName, String contentType, long size) {
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  /** A request, or every problem with the body. */
  public sealed interface Parsed {}

  public record Valid(UploadRequest request) implements Parsed {}

  public record Invalid(List<FieldError> errors) implements Parsed {}

  public static Parsed parse(byte[] body, long maxBytes) {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      return invalid("", "body is not valid JSON");
    }
    if (json == null || !json.isObject()) {
      return invalid("", "body must be a JSON object: {fileName, size, contentType}");
    }
    List<FieldError> errors = new ArrayList<>();
    String fileName = json.path("fileName").asText("");
    var extension = BulkFiles.of(fileName);
    if (!FILE_NAME.matcher(fileName).matches()) {
      errors.add(
          new FieldError(
              "/fileName",
              "must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    } else if (extension.isEmpty()) {
      errors.add(new FieldError("/fileName", "must end in " + BulkFiles.names()));
    }
    List<String> types = extension.map(BulkFiles.Extension::contentTypes).orElse(List.of());
    String contentType =
        json.path("contentType")
            .asText(types.isEmpty() ? "" : types.get(0))
            .toLowerCase(Locale.ROOT);
    if (!types.isEmpty() && !types.contains(contentType)) {
      errors.add(
          new FieldError(
              "/contentType",
              "must be one of "
                  + String.join(", ", types)
                  + " for a ."
                  + extension.get().name()
                  + " file"));
    }
    JsonNode size = json.path("size");
    if (!size.isIntegralNumber() || size.asLong() < 1 || size.asLong() > maxBytes) {
      errors.add(new FieldError("/size", "must be the file's size in bytes, 1 to " + maxBytes));
    }
    return errors.isEmpty()
        ? new Valid(new UploadRequest(fileName, contentType, size.asLong()))
        : new Invalid(List.copyOf(errors));
  }

  private static Parsed invalid(String field, String message) {
    return new Invalid(List.of(new FieldError(field, message)));
  }
}
