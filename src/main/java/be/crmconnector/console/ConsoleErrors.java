package be.crmconnector.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

import java.util.NoSuchElementException;

/**
 * A console request that cannot be done gets a page that says why (the message as text), not the API's JSON. Before
 * the API's advice, and for the console's controllers only.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrors.class);

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(NoSuchElementException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e, model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e, model, response);
    }

    @ExceptionHandler(IllegalStateException.class)
    String conflict(IllegalStateException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e, model, response);
    }

    private static String page(HttpStatus status, RuntimeException e, Model model, HttpServletResponse response) {
        LOG.info("Console request refused ({}): {}", status.value(), e.getMessage());
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", e.getMessage());
        return "console/error";
    }
}
