package dev.gradus.impl.optimizer;

/** torch's scalar kernels where their order of operations matters for bit-level agreement. */
final class TorchMath {

    private TorchMath() {
    }

    /**
     * {@code start + weight (end − start)} as torch's {@code lerp} computes it: from the start for
     * weights below one half, from the end otherwise. The running averages of torch 2.x
     * ({@code exp_avg.lerp_(grad, 1 − β1)}) use it.
     */
    static double lerp(double start, double end, double weight) {
        return weight < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);
    }
}
