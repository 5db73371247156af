package be.crmconnector.sources.xlsx;

/** How a spreadsheet is read (the {@code xlsx:} block): the named sheet, or the first visible one when null. */
public record XlsxSettings(String sheet) {
    public static final XlsxSettings FIRST_VISIBLE_SHEET = new XlsxSettings(null);
}
