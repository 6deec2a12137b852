package dev.gradus.api.param;

/** How a real parameter is best explored: on a linear axis or on a logarithmic one (learning rates, epsilons). */
public enum Scale {
    LINEAR,
    LOG
}
