package be.crmconnector.model;

/**
 * Where a record stands in its source: the physical line of a file (first line of a multi-line record, and the
 * last line it spans), or the index in an API page stream.
 */
public record RecordPosition(long line, long lastLine) {

    public static RecordPosition line(long line) {
        return new RecordPosition(line, line);
    }

    @Override
    public String toString() {
        return lastLine > line ? "lines " + line + "-" + lastLine : "line " + line;
    }
}
