package be.crmconnector.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Caps every request body except file uploads ({@code multipart/*}, capped by {@code spring.servlet.multipart.*}) at
 * {@code crm.api.max-request-body} (1 MB): an apply selection or any other JSON body is read into memory whole, so an
 * unbounded one could exhaust the heap. A body that announces a larger length is refused at once; one sent without a
 * length (chunked) is refused as soon as it has gone past the limit. Either way: 413 with the limit in words.
 */
@Component
public class RequestBodyLimit extends OncePerRequestFilter {
    private final long limit;
    private final ObjectMapper json;

    public RequestBodyLimit(@Value("${crm.api.max-request-body:1MB}") DataSize limit, ObjectMapper json) {
        this.limit = limit.toBytes();
        this.json = json;
    }

    /** The answer to a body over the limit, in plain words. */
    static ProblemDetail tooLarge(long limit) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The request body is larger than the " + Sizes.inWords(limit) + " this service accepts for a call"
                        + " other than a file upload. To apply a large part of a run, select whole buckets rather than"
                        + " row ids.");
        problem.setTitle("Payload Too Large");
        return problem;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), tooLarge(limit));
            return;
        }
        chain.doFilter(new CappedBody(request, limit), response);
    }

    /** Thrown by a body read past the limit; the API answers it with {@link #tooLarge}. */
    static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }
    }

    /** The request, with a body that throws {@link TooLarge} once more than the limit has been read. */
    private static final class CappedBody extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream capped;

        CappedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedStream(super.getInputStream(), limit);
            }
            return capped;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class CappedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long limit;
        private long read;

        CappedStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
