package dev.candidates.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.candidates.extract.ExtractionException;
import dev.candidates.intake.IntakeException;
import dev.candidates.store.StoreUnavailableException;
import dev.candidates.search.InvalidRequestException;
import dev.candidates.search.QuerySyntaxException;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: {@code {"error": "<code>", "message": "<what to do>"}} with the
 * right status. Client mistakes are 4xx with a message for the user; anything unexpected is a 500 that says nothing
 * about internals (the details go to the log). Errors Jetty raises before a request reaches Javalin (a URI or header
 * too large, a malformed request line) get the same JSON shape through {@link #jettyErrorHandler(Limits)}.
 */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  static final String INTERNAL_MESSAGE = "an unexpected error occurred on the server; it has been logged";

  /** The body of every error response. */
  record ApiError(String error, String message) {}

  private ErrorMapper() {}

  static void register(JavalinConfig config, Limits limits) {
    RoutesConfig routes = config.routes;
    routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.code(), e.getMessage()));
    routes.exception(InvalidProfileException.class, (e, ctx) -> send(ctx, 400, "invalid_profile", e.getMessage()));
    routes.exception(QuerySyntaxException.class, (e, ctx) -> send(ctx, 400, "query_syntax", e.getMessage()));
    routes.exception(InvalidRequestException.class, (e, ctx) -> send(ctx, 400, e.code(), e.getMessage()));
    routes.exception(ExtractionException.class, ErrorMapper::extraction);
    routes.exception(IntakeException.class, ErrorMapper::intake);
    routes.exception(StoreUnavailableException.class, (e, ctx) -> send(ctx, 503, "unavailable", e.getMessage()));
    routes.exception(SearchSlots.Busy.class, (e, ctx) -> {
      ctx.header("Retry-After", Integer.toString(SearchSlots.RETRY_AFTER_SECONDS));
      send(ctx, 503, "busy", e.getMessage());
    });
    routes.exception(HttpResponseException.class, (e, ctx) -> javalin(e, ctx, limits));
    routes.exception(Exception.class, ErrorMapper::unexpected);
    config.router.javaLangErrorHandler(ErrorMapper::unexpectedError);
  }

  /** A résumé file that was refused or could not be read: nothing was indexed or kept. */
  private static void extraction(ExtractionException e, Context ctx) {
    int status = switch (e.kind()) {
      case UNSUPPORTED -> 415;
      case TOO_LARGE -> 413;
      case BUSY -> 503;
      case CORRUPT, ENCRYPTED, TOO_MANY_PAGES, TIMEOUT, NO_TEXT -> 422;
    };
    if (e.kind() == ExtractionException.Kind.BUSY) {
      ctx.header("Retry-After", "5");
    }
    String code = switch (e.kind()) {
      case UNSUPPORTED -> "unsupported_file";
      case CORRUPT -> "corrupt_file";
      case ENCRYPTED -> "encrypted_file";
      case TOO_LARGE -> "file_too_large";
      case TOO_MANY_PAGES -> "too_many_pages";
      case TIMEOUT -> "extraction_timeout";
      case BUSY -> "busy";
      case NO_TEXT -> "no_text";
    };
    send(ctx, status, code, e.getMessage());
  }

  /** Bytes that are not a profile: nothing was indexed. */
  private static void intake(IntakeException e, Context ctx) {
    switch (e.reason()) {
      case EMPTY -> send(ctx, 400, "empty_body", "the request body is " + e.getMessage());
      case INVALID_UTF8 -> send(ctx, 400, "invalid_utf8", e.getMessage());
      case BINARY -> send(ctx, 400, "binary_body", "the body is " + e.getMessage());
      case MALFORMED_JSON -> send(ctx, 400, "malformed_json", "the body is " + e.getMessage());
      case MALFORMED_YAML -> send(ctx, 400, "malformed_yaml", "the body is " + e.getMessage());
      case INVALID_PROFILE -> send(ctx, 400, "invalid_profile", e.getMessage());
      case UNSUPPORTED -> send(ctx, 415, "unsupported_media_type", e.getMessage());
    }
  }

  /** Javalin's own responses: no route (404), wrong method (405), body over the size limit (413). */
  private static void javalin(HttpResponseException e, Context ctx, Limits limits) {
    int status = e.getStatus();
    String message = switch (status) {
      case 404 -> "there is no " + ctx.method() + " " + ctx.path() + "; the API is described at /api/openapi.json";
      case 405 -> {
        String allowed = String.join(", ", e.getDetails().values());
        if (!allowed.isBlank()) {
          ctx.header("Allow", allowed);
        }
        yield ctx.method() + " is not allowed on " + ctx.path() + (allowed.isBlank() ? "" : "; use " + allowed);
      }
      case 413 -> tooLarge(limits);
      default -> e.getMessage();
    };
    send(ctx, status, code(status), message);
  }

  private static void unexpected(Exception e, Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException he && he.getCode() >= 400 && he.getCode() < 500) {
        // Jetty rejecting something about the request itself (a malformed query string or body), maybe wrapped
        send(ctx, he.getCode(), code(he.getCode()), "the request is malformed: " + he.getReason());
        return;
      }
    }
    LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
    send(ctx, 500, "internal_error", INTERNAL_MESSAGE);
  }

  /** An {@link Error} (e.g. a stack overflow) in a handler: still a JSON 500, if the response can be written. */
  private static void unexpectedError(HttpServletResponse res, Error error) {
    LOG.error("unexpected error", error);
    if (res.isCommitted()) {
      return;
    }
    try {
      res.resetBuffer();
      res.setStatus(500);
      res.setContentType("application/json");
      SecurityHeaders.apply(res::setHeader);
      res.getOutputStream().write(body(500, null, Limits.DEFAULT));
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not answer the error", e);
    }
  }

  static String tooLarge(Limits limits) {
    return "the request body is larger than " + (limits.maxBodyBytes() >> 20)
        + " MB; send fewer profiles per request, or a smaller résumé file";
  }

  private static void send(Context ctx, int status, String code, String message) {
    SecurityHeaders.apply(ctx);
    ctx.status(status).json(new ApiError(code, ProductWords.clean(message)));
  }

  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 409 -> "conflict";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 415 -> "unsupported_media_type";
      case 431 -> "headers_too_large";
      case 500 -> "internal_error";
      case 503 -> "unavailable";
      default -> "http_" + status;
    };
  }

  static byte[] body(int status, String reason, Limits limits) {
    String message = switch (status) {
      case 413 -> tooLarge(limits);
      case 414 -> "the URL is too long (the limit is " + (limits.maxHeaderBytes() >> 10)
          + " KB); shorten the query";
      case 431 -> "the request headers are too large (the limit is " + (limits.maxHeaderBytes() >> 10) + " KB)";
      default -> status >= 500 ? INTERNAL_MESSAGE
          : "the request was rejected" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    };
    try {
      return JSON.writeValueAsBytes(new ApiError(code(status), ProductWords.clean(message)));
    } catch (JsonProcessingException e) {
      LOG.warn("could not write the error body for status {}; answering its code only", status, e);
      return ("{\"error\":\"" + code(status) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
  }

  /** For errors Jetty answers itself, before Javalin sees the request. */
  static ErrorHandler jettyErrorHandler(Limits limits) {
    return new ErrorHandler() {
      @Override
      protected void generateResponse(Request request, Response response, int code, String message,
          Throwable cause, Callback callback) {
        if (cause != null && code >= 500) {
          LOG.error("error answered by Jetty for {}", request.getHttpURI().getPath(), cause);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        SecurityHeaders.apply((k, v) -> response.getHeaders().put(k, v));
        response.write(true, ByteBuffer.wrap(body(code, message, limits)), callback);
      }
    };
  }
}
