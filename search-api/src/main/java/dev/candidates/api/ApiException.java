package dev.candidates.api;

/**
 * A client mistake found by the HTTP layer, with the status and the short error code the client gets. The message
 * is shown to the user: it says what was wrong and what to do instead.
 */
final class ApiException extends RuntimeException {
  private final int status;
  private final String code;

  ApiException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  static ApiException badRequest(String code, String message) {
    return new ApiException(400, code, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message);
  }

  static ApiException unsupportedMediaType(String message) {
    return new ApiException(415, "unsupported_media_type", message);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }
}
