package dev.gradus.learning.model;

/** Pieces of the models' formula texts. */
final class Formulas {

    private Formulas() {
    }

    /** {@code 2} rather than {@code 2.0}; other values as Java writes them ({@code 1.0E-7}). */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@code " + 0.01/2*sum(W^2)"}, or nothing without a penalty. */
    static String penalty(double l2, String weights) {
        return l2 == 0 ? "" : " + " + number(l2) + "/2*sum(" + weights + "^2)";
    }
}
