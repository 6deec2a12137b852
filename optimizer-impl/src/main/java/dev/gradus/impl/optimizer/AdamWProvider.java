package dev.gradus.impl.optimizer;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.spi.ProviderInfo;
import dev.gradus.impl.BuiltIns;

/**
 * Provides AdamW under the id {@code adamw}: Adam with decoupled weight decay, exactly as
 * torch.optim.AdamW (torch 2.x) in double precision.
 *
 * <p>Update at step t, with learning rate γ from the step context and weight decay λ:
 * <pre>
 *   x ← x (1 − γλ)                         (decoupled: before the moments, the gradient is left alone)
 *   m ← m + (1 − β1)(g − m)
 *   v ← β2 v + (1 − β2) g²
 *   v_max ← max(v_max, v)                   (AMSGrad only)
 *   x ← x − (γ / (1 − β1^t)) m / (√v / √(1 − β2^t) + ε)
 * </pre>
 * ε sits where Adam's does: after bias-correcting the root of v. The only difference from
 * {@code adam} is the weight decay: Adam adds λx to the gradient, so the decay passes through the
 * adaptive scaling; AdamW shrinks the parameters directly, by the same factor in every coordinate.
 *
 * <table>
 *   <caption>Parameters (torch's defaults; torch's {@code betas} pair is split)</caption>
 *   <tr><th>name</th><th>default</th><th>allowed</th></tr>
 *   <tr><td>lr</td><td>1e-3</td><td>≥ 0</td></tr>
 *   <tr><td>beta1</td><td>0.9</td><td>[0, 1)</td></tr>
 *   <tr><td>beta2</td><td>0.999</td><td>[0, 1)</td></tr>
 *   <tr><td>eps</td><td>1e-8</td><td>&gt; 0</td></tr>
 *   <tr><td>weight_decay</td><td>0.01</td><td>≥ 0</td></tr>
 *   <tr><td>amsgrad</td><td>false</td><td>true or false</td></tr>
 * </table>
 *
 * <p>State: as Adam's ({@code exp_avg}, {@code exp_avg_sq}, with AMSGrad {@code max_exp_avg_sq}).
 *
 * <p>Example: {@code gradus run --objective beale --optimizer adamw -p lr=0.01 -p weight_decay=0.1}.
 *
 * <p>Reference: I. Loshchilov, F. Hutter, "Decoupled Weight Decay Regularization", ICLR 2019.
 */
public final class AdamWProvider extends BuiltInOptimizerProvider {
    private static final ProviderInfo INFO = BuiltIns.info("adamw", "AdamW",
            "Adam with decoupled weight decay: the parameters shrink by lr * weight_decay each step instead of the decay "
                    + "entering the gradient, exactly as torch.optim.AdamW.");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
            RealParameter.learningRate(1e-3),
            Hyperparameters.beta1(),
            Hyperparameters.beta2("decay rate of the second moment"),
            Hyperparameters.eps("added to the denominator after bias-correcting the root of the second moment", 1e-8),
            RealParameter.of("weight_decay", "decoupled decay: the parameters are multiplied by 1 - lr * weight_decay each step", 0.01,
                    Range.atLeast(0)),
            new BooleanParameter("amsgrad", "use the running maximum of the second moment (AMSGrad)", false));

    public AdamWProvider() {
        super(INFO, PARAMETERS);
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        return new Adam(values.real("beta1"), values.real("beta2"), values.real("eps"), values.real("weight_decay"), values.bool("amsgrad"), true);
    }
}
