package be.crmconnector.web;

/** A byte count as people say it: {@code 200 MB}, {@code 512 KB}, {@code 100 bytes}. */
final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private Sizes() {
    }

    static String inWords(long bytes) {
        if (bytes >= GB && bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes >= MB && bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        if (bytes >= KB && bytes % KB == 0) {
            return bytes / KB + " KB";
        }
        return bytes + " bytes";
    }
}
