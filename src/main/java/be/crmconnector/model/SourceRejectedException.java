package be.crmconnector.model;

/**
 * The whole source is unusable (structure broken, header wrong, charset undecidable): nothing of it may be applied.
 * The message names the line and rule in plain words and never carries a sensitive value.
 */
public class SourceRejectedException extends RuntimeException {
    private final long line;
    private final String code;

    public SourceRejectedException(String code, long line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    public SourceRejectedException(String code, long line, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.line = line;
    }

    public long line() {
        return line;
    }

    public String code() {
        return code;
    }
}
