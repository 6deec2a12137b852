package dev.gradus.learning.model;

import java.util.Arrays;
import java.util.List;

/**
 * An element-wise activation {@code a = f(z)} between two dense layers, with its derivative for
 * back-propagation. Computed with {@link StrictMath}, so a run is bit for bit the same on every
 * machine.
 */
enum Activation {
    /**
     * {@code max(0, z)}. Its derivative is taken as 0 at {@code z = 0}, as torch does: the kink makes
     * a network with it non-smooth.
     */
    RELU("relu", false) {
        @Override
        double apply(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        double slope(double z, double a) {
            return z > 0 ? 1 : 0;
        }
    },
    /** {@code 1 / (1 + e^-z)}, with derivative {@code a (1 - a)}. */
    SIGMOID("sigmoid", true) {
        @Override
        double apply(double z) {
            return sigmoid(z);
        }

        @Override
        double slope(double z, double a) {
            return a * (1 - a);
        }
    },
    /** {@code tanh z}, with derivative {@code 1 - a^2}. */
    TANH("tanh", true) {
        @Override
        double apply(double z) {
            return StrictMath.tanh(z);
        }

        @Override
        double slope(double z, double a) {
            return 1 - a * a;
        }
    };

    private final String id;
    private final boolean smooth;

    Activation(String id, boolean smooth) {
        this.id = id;
        this.smooth = smooth;
    }

    /** The name of the {@code activation} choice. */
    String id() {
        return id;
    }

    /** Whether it is differentiable everywhere. */
    boolean smooth() {
        return smooth;
    }

    /** The choice words, in declaration order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(Activation::id).toList();
    }

    /** The activation named {@code id}, one of {@link #ids()}. */
    static Activation of(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + id + "'; known: " + ids());
    }

    abstract double apply(double z);

    /** {@code f'(z)}, given also {@code a = f(z)}. */
    abstract double slope(double z, double a);

    /**
     * {@code a[k] = f(z[k])} for {@code count} values from {@code offset}.
     *
     * @param z the inputs. Not modified.
     * @param a receives the outputs. Modified.
     */
    void forward(double[] z, double[] a, int offset, int count) {
        for (int k = offset; k < offset + count; k++) {
            a[k] = apply(z[k]);
        }
    }

    /**
     * {@code dz[k] = f'(z[k]) * da[k]} for {@code count} values from {@code offset}.
     *
     * @param z  the forward inputs. Not modified.
     * @param a  the forward outputs. Not modified.
     * @param da {@code dL/da}. Not modified.
     * @param dz receives {@code dL/dz}. Modified.
     */
    void backward(double[] z, double[] a, double[] da, double[] dz, int offset, int count) {
        for (int k = offset; k < offset + count; k++) {
            dz[k] = slope(z[k], a[k]) * da[k];
        }
    }

    /** The logistic function, without overflow for large |z|. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + StrictMath.exp(-z));
        }
        double e = StrictMath.exp(z);
        return e / (1 + e);
    }
}
