package be.crmconnector.web;

import be.crmconnector.model.Masking;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one masking step for VIEWERs: every JSON answer of the API (runs, rows, clients, connectors, problems) is walked
 * before it is written, and every national register number found in any text, key or value, is masked, wherever it
 * was typed: in another column (a city, an e-mail), in a file name or in a rejection reason that quotes a header cell.
 * The same rule as the error report ({@link Masking#nationalNumbersIn}). ADMIN and OPERATOR get the answers as they
 * are: the fields the API masks for everyone (national numbers in rows and lists) stay masked by their controllers.
 */
@RestControllerAdvice(basePackageClasses = ViewerMasking.class)
public class ViewerMasking implements ResponseBodyAdvice<Object> {
    private final ObjectMapper json;

    public ViewerMasking(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || Roles.seesClearValues(SecurityContextHolder.getContext().getAuthentication())) {
            return body;
        }
        // Serialised as the converter would (same mapper, same annotations), then masked as a tree.
        return masked(json.valueToTree(body));
    }

    static JsonNode masked(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue();
            String masked = Masking.nationalNumbersIn(text);
            return masked.equals(text) ? node : TextNode.valueOf(masked);
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i)));
            }
            return array;
        }
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.properties().forEach(field -> fields.add(Map.entry(field.getKey(), field.getValue())));
            object.removeAll();
            fields.forEach(field -> object.set(Masking.nationalNumbersIn(field.getKey()), masked(field.getValue())));
            return object;
        }
        return node;
    }
}
