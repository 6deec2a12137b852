package dev.gradus.app.port.in;

import dev.gradus.api.param.ParameterSpace;

/** Points as a user types them, on the command line or in the lab: comma-separated finite numbers ({@code -1.5,2}). */
public final class PointText {
    private PointText() {
    }

    /**
     * The numbers of {@code text}.
     *
     * @param field the command field it is for ({@code start}, {@code at}), named in the error
     * @throws InvalidInputException when a part is empty or not a finite number
     */
    public static double[] parse(String field, String text) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double value = ParameterSpace.parseReal(parts[i]);
            if (value == null || value.isInfinite()) {
                throw InvalidInputException.of(field, text, (parts[i].isBlank() ? "coordinate " + (i + 1) + " is empty"
                        : "'" + parts[i].strip() + "' is not a finite number") + "; give comma-separated numbers such as -1.5,2");
            }
            values[i] = value;
        }
        return values;
    }
}
