package be.crmconnector.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Requests the API cannot take, answered as RFC 9457 problems in plain words, never with an internal class name:
 * Spring's standard cases (unknown path 404, wrong method 405, missing part or parameter 400, …) and, in the service's
 * own words, a file over the upload limit (413, the limit in words), a body that is not the multipart form an upload
 * is (415), a body over {@link RequestBodyLimit}'s limit (413), a body that is not the JSON expected (400) and a
 * parameter that is not one of its values (400). Consulted before {@link ApiErrors}, whose broad handlers would
 * otherwise answer these through their causes (a Tomcat size error is an IllegalStateException).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestProblems extends ResponseEntityExceptionHandler {
    private final ObjectProvider<MultipartProperties> multipart;

    public RequestProblems(ObjectProvider<MultipartProperties> multipart) {
        this.multipart = multipart;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        MultipartProperties limits = multipart.getIfAvailable(MultipartProperties::new);
        String perFile = Sizes.inWords(limits.getMaxFileSize().toBytes());
        String perRequest = Sizes.inWords(limits.getMaxRequestSize().toBytes());
        String limit = perFile.equals(perRequest) ? perFile : perFile + " per file and " + perRequest + " per upload";
        return problem(e, HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the " + limit + " the service"
                + " accepts. Split the file, or drop it in the connector's inbox folder, which has no such limit.",
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null ? "a body without a Content-Type" : e.getContentType().toString();
        String accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString)
                .collect(Collectors.joining(" or "));
        String detail = accepted.isEmpty() ? "This call does not take " + sent + "."
                : "This call takes " + accepted + ", not " + sent + "."
                + (accepted.contains("multipart/form-data") ? " Send the file as the form field 'file'." : "");
        return problem(e, HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
                ProblemDetail body = RequestBodyLimit.tooLarge(tooLarge.limit);
                return handleExceptionInternal(e, body, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
            }
        }
        String where = "";
        if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null
                && json.getLocation() != JsonLocation.NA) {
            where = " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return problem(e, HttpStatus.BAD_REQUEST, "The request body is not the JSON this call takes" + where
                + "; see /v3/api-docs for its fields and their types.", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e.getPropertyName() == null ? "A parameter" : "The parameter '" + e.getPropertyName() + "'";
        return problem(e, HttpStatus.BAD_REQUEST, name + " cannot be '" + e.getValue() + "'; it takes "
                + expected(e.getRequiredType()) + ".", headers, request);
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        boolean number = type == long.class || type == int.class || type != null && Number.class.isAssignableFrom(type);
        return number ? "a whole number" : "another value";
    }

    private ResponseEntity<Object> problem(Exception e, HttpStatus status, String detail, HttpHeaders headers,
                                           WebRequest request) {
        return handleExceptionInternal(e, ProblemDetail.forStatusAndDetail(status, detail), headers, status, request);
    }
}
