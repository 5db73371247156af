package be.crmconnector.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The last word on an API call that failed in a way no other handler expects: 500 with a plain message, and the
 * exception logged in full for the administrator (masked like every log line). Never the exception's own text in
 * the answer: it may name internal classes, SQL or the data being written. Consulted after {@link RequestProblems}
 * and {@link ApiErrors}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnexpectedErrors {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "The service failed on an internal"
                + " error while answering this call; it was logged for the administrator. Try again later, and give"
                + " the time of the call if the error persists.");
    }
}
