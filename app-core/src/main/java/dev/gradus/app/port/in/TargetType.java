package dev.gradus.app.port.in;

/** How to read the target column of the user's CSV file ({@code --target-type}). */
public enum TargetType {
    /**
     * Classes when the targets look like class labels (every target a whole number, at most
     * {@value #MAX_AUTO_CLASSES} distinct values), else numbers.
     */
    AUTO("auto"),
    /** Class labels: whole numbers, the classes being the distinct values in increasing order. */
    CLASS("class"),
    /** Numbers to regress on. */
    NUMBER("number");

    /** The most distinct whole-number targets {@link #AUTO} reads as classes. */
    public static final int MAX_AUTO_CLASSES = 20;

    private final String id;

    TargetType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The type named {@code id}, or null. */
    public static TargetType of(String id) {
        for (TargetType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
