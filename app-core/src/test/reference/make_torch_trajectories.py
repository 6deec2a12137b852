"""Reference optimizer trajectories from torch.optim, for Gradus's end-to-end run tests.

Writes one JSON file per case into the folder given as the only argument (the tests read
app-core/src/test/resources/reference/torch-trajectories/). A case is a whole Gradus run: an
objective at its default parameters, a start, an optimizer with Gradus parameters, optionally a
learning-rate schedule, gradient clipping and maximization, and a step budget. Each file holds

    case, description, torch_version   the file name without .json, what the case checks, torch.__version__
    objective, start                    the Gradus objective id and the start (its length is the dimension)
    optimizer, parameters               the Gradus optimizer id and its non-default parameters, as the strings
                                        one would pass with -p name=value
    schedule                            null, or {"id": ..., "parameters": {...}} in the same form
    clip_norm, clip_value               null or the bound (torch's clip_grad_norm_ / clip_grad_value_)
    maximize                            whether the run maximizes: torch minimizes -f (its maximize= flag is not used)
    steps                               the step budget N
    points                              N + 1 rows: the start, then the point after each step
    values                              f at each row, the un-negated objective, computed in Python floats
                                        in the same order of operations as the Java objective's value()
    closure_calls                       lbfgs cases only: how many times the closure ran over the whole run

The objectives are Gradus's formulas (objectives/.../catalog/*.java), written out once below and
evaluated on torch tensors for the gradients (autograd) and on Python floats for the values.
Each step is

    optimizer.zero_grad(); loss = sign * f(x); loss.backward()
    clip_grad_norm_ / clip_grad_value_ when asked (no case uses both: Gradus clamps components
    first and then rescales the norm, the reverse of this loop's order)
    optimizer.step()                    lbfgs: optimizer.step(closure), the closure doing all of the above
    scheduler.step()

Gradus parameter names are torch's argument names, except betas -> beta1, beta2; etas ->
eta_minus, eta_plus; step_sizes -> step_size_min, step_size_max. Schedule parameters are those of
the Gradus schedule providers (t_max for CosineAnnealingLR's T_max, milestones joined by '-', ...);
one-cycle runs with cycle_momentum=False, as Gradus does not cycle momentum.

Quirks of torch 1.13 that the script works around:
  * NAdam is built with foreach=True. The default single-tensor NAdam of 1.13 multiplies mu into
    the next momentum product twice (mu_product * mu * mu_next), a bug fixed in 2.0; the foreach
    path of 1.13 computes the documented rule (mu_product * mu_next), which is what torch 2.x does.
  * RAdam is built with foreach=False, its single-tensor path. The foreach RAdam of 1.13 leaves eps
    out of the denominator of the rectified step.
Everything runs in float64 (torch.set_default_dtype), so that ASGD's eta and mu, which 1.13 keeps as
tensors of the default dtype, are doubles too.

The L-BFGS cases stop well before convergence: torch's L-BFGS ends an iteration early on tests
against tolerance_grad and tolerance_change (gtd > -tolerance_change, |loss - prev_loss| <
tolerance_change, ...), and once near the minimum these decide on quantities that are mostly
rounding error, so no double-precision port could be expected to take the same branches. The cases
were chosen with every such test at least 100 times away from its threshold (checked with a logging
copy of torch's lbfgs.py); the script checks the visible part: the largest gradient component stays
1000 times above tolerance_grad and every step moves. Strong Wolfe L-BFGS at torch's defaults
(max_iter 20) converges on Rosenbrock within two steps and on Beale within one, hence the smaller
max_iter and lr below.

Before a case is written it is checked: no value or point may be NaN or infinite; the gradient norm
stays above 1e-6 at every point (Gradus's default gradient tolerance of 1e-8 must not end the run
early); and the run is repeated from the start moved by +1e-12 and by -1e-12 in every coordinate,
and must end within 1e-7 (relative, or absolute below 1) of the first run with the same number of
lbfgs closure calls, so that no case is sensitive to rounding and a faithful double-precision
implementation can match it closely.

Run with Debian's torch (python3-torch, torch 1.13) and the system Python:
    cd app-core/src/test/reference && /usr/bin/python3 make_torch_trajectories.py ../resources/reference/torch-trajectories
The output is deterministic.
"""
import json
import math
import os
import sys

import torch
from torch.optim import lr_scheduler as S

torch.set_default_dtype(torch.float64)


# ---------------------------------------------------------------- objectives, as in Gradus's catalog
# Each works on a sequence of Python floats (the value, bit for bit what the Java value() gives) or
# on a 1-D float64 tensor (indexing gives 0-d tensors, so autograd provides the gradient).

def sphere(x):
    s = 0.0
    for i in range(len(x)):
        s = s + x[i] * x[i]
    return s


def elongated_bowl(x):
    return x[0] * x[0] / 20 + x[1] * x[1]


def rosenbrock(x, a=1.0, b=100.0):
    s = 0.0
    for i in range(len(x) - 1):
        wall = x[i + 1] - x[i] * x[i]
        floor = a - x[i]
        s = s + (b * wall * wall + floor * floor)
    return s


def beale(x):
    u, v = x[0], x[1]
    v2 = v * v
    v3 = v2 * v
    t1 = 1.5 - u + u * v
    t2 = 2.25 - u + u * v2
    t3 = 2.625 - u + u * v3
    return t1 * t1 + t2 * t2 + t3 * t3


def himmelblau(x):
    u = x[0] * x[0] + x[1] - 11
    v = x[0] + x[1] * x[1] - 7
    return u * u + v * v


def booth(x):
    p = x[0] + 2 * x[1] - 7
    q = 2 * x[0] + x[1] - 5
    return p * p + q * q


OBJECTIVES = {
    "sphere": (sphere, None),
    "elongated-bowl": (elongated_bowl, 2),
    "rosenbrock": (rosenbrock, None),
    "beale": (beale, 2),
    "himmelblau": (himmelblau, 2),
    "booth": (booth, 2),
}


# ---------------------------------------------------------------- optimizers: Gradus parameters -> torch
# Per optimizer: the torch class, and each Gradus parameter with its kind and default (torch's
# default, except SGD's lr, which torch requires and Gradus sets to 1e-3).

def real(default):
    return ("real", default)


def integer(default):
    return ("integer", default)


def boolean(default):
    return ("boolean", default)


def choice(default, *options):
    return ("choice", default, options)


ADAM_LIKE = {"beta1": real(0.9), "beta2": real(0.999), "eps": real(1e-8)}

OPTIMIZERS = {
    "sgd": (torch.optim.SGD, {"lr": real(1e-3), "momentum": real(0.0), "dampening": real(0.0), "weight_decay": real(0.0),
                              "nesterov": boolean(False)}),
    "adam": (torch.optim.Adam, {"lr": real(1e-3), **ADAM_LIKE, "weight_decay": real(0.0), "amsgrad": boolean(False)}),
    "adagrad": (torch.optim.Adagrad, {"lr": real(1e-2), "lr_decay": real(0.0), "weight_decay": real(0.0),
                                      "initial_accumulator_value": real(0.0), "eps": real(1e-10)}),
    "rmsprop": (torch.optim.RMSprop, {"lr": real(1e-2), "alpha": real(0.99), "eps": real(1e-8), "weight_decay": real(0.0),
                                      "momentum": real(0.0), "centered": boolean(False)}),
    "adadelta": (torch.optim.Adadelta, {"lr": real(1.0), "rho": real(0.9), "eps": real(1e-6), "weight_decay": real(0.0)}),
    "adamw": (torch.optim.AdamW, {"lr": real(1e-3), **ADAM_LIKE, "weight_decay": real(1e-2), "amsgrad": boolean(False)}),
    "adamax": (torch.optim.Adamax, {"lr": real(2e-3), **ADAM_LIKE, "weight_decay": real(0.0)}),
    "nadam": (torch.optim.NAdam, {"lr": real(2e-3), **ADAM_LIKE, "weight_decay": real(0.0), "momentum_decay": real(4e-3)}),
    "radam": (torch.optim.RAdam, {"lr": real(1e-3), **ADAM_LIKE, "weight_decay": real(0.0)}),
    "asgd": (torch.optim.ASGD, {"lr": real(1e-2), "lambd": real(1e-4), "alpha": real(0.75), "t0": real(1e6),
                                "weight_decay": real(0.0)}),
    "rprop": (torch.optim.Rprop, {"lr": real(1e-2), "eta_minus": real(0.5), "eta_plus": real(1.2), "step_size_min": real(1e-6),
                                  "step_size_max": real(50.0)}),
    "lbfgs": (torch.optim.LBFGS, {"lr": real(1.0), "max_iter": integer(20), "max_eval": integer(None),
                                  "tolerance_grad": real(1e-7), "tolerance_change": real(1e-9), "history_size": integer(100),
                                  "line_search_fn": choice("none", "none", "strong_wolfe")}),
}

# torch arguments that are not Gradus parameters, per optimizer (see the docstring)
TORCH_EXTRA = {"nadam": {"foreach": True}, "radam": {"foreach": False}}


def parse(owner, name, kind, text):
    if not isinstance(text, str):
        raise ValueError(f"{owner}: parameter {name} must be given as a string, not {text!r}")
    if kind[0] == "real":
        return float(text)
    if kind[0] == "integer":
        if not text.isdigit():
            raise ValueError(f"{owner}: parameter {name} is a whole number, not {text!r}")
        return int(text)
    if kind[0] == "boolean":
        if text not in ("true", "false"):
            raise ValueError(f"{owner}: parameter {name} is true or false, not {text!r}")
        return text == "true"
    if kind[0] == "choice":
        if text not in kind[2]:
            raise ValueError(f"{owner}: parameter {name} is one of {kind[2]}, not {text!r}")
        return text
    if kind[0] == "integers":
        return [int(p) for p in text.split("-")]
    raise AssertionError(kind)


def resolve(owner, space, parameters):
    """The full set of parameter values: the defaults, overridden by the given strings."""
    unknown = set(parameters) - set(space)
    if unknown:
        raise ValueError(f"{owner}: unknown parameters {sorted(unknown)}")
    values = {name: kind[1] for name, kind in space.items()}
    for name, text in parameters.items():
        values[name] = parse(owner, name, space[name], text)
        if values[name] == space[name][1]:
            raise ValueError(f"{owner}: parameter {name}={text} is the default; list only non-default ones")
    return values


def make_optimizer(optimizer, parameters, x):
    cls, space = OPTIMIZERS[optimizer]
    v = resolve(optimizer, space, parameters)
    for a, b, merged in (("beta1", "beta2", "betas"), ("eta_minus", "eta_plus", "etas"), ("step_size_min", "step_size_max", "step_sizes")):
        if a in v:
            v[merged] = (v.pop(a), v.pop(b))
    if optimizer == "lbfgs" and v["line_search_fn"] == "none":
        v["line_search_fn"] = None
    v.update(TORCH_EXTRA.get(optimizer, {}))
    return cls([x], **v)


# ---------------------------------------------------------------- schedules: Gradus parameters -> torch
SCHEDULES = {
    "step": {"step_size": integer(0), "gamma": real(0.1)},
    "multistep": {"milestones": ("integers", [500, 750]), "gamma": real(0.1)},
    "exponential": {"gamma": real(0.99)},
    "linear": {"start_factor": real(1.0 / 3), "end_factor": real(1.0), "total_iters": integer(5)},
    "constant": {"factor": real(1.0 / 3), "total_iters": integer(5)},
    "cosine": {"t_max": integer(0), "eta_min": real(0.0)},
    "cosine-warm-restarts": {"t_0": integer(0), "t_mult": integer(1), "eta_min": real(0.0)},
    "one-cycle": {"max_lr": real(0.0), "total_steps": integer(0), "pct_start": real(0.3), "anneal_strategy": choice("cos", "cos", "linear"),
                  "div_factor": real(25.0), "final_div_factor": real(1e4), "three_phase": boolean(False)},
}


def or_budget(value, budget, divisor):
    return value if value > 0 else max(1, budget // divisor)


def make_schedule(schedule, optimizer, steps):
    if schedule is None:
        return None
    sid = schedule["id"]
    v = resolve(sid, SCHEDULES[sid], schedule["parameters"])
    if sid == "step":
        return S.StepLR(optimizer, step_size=or_budget(v["step_size"], steps, 3), gamma=v["gamma"])
    if sid == "multistep":
        return S.MultiStepLR(optimizer, milestones=v["milestones"], gamma=v["gamma"])
    if sid == "exponential":
        return S.ExponentialLR(optimizer, gamma=v["gamma"])
    if sid == "linear":
        return S.LinearLR(optimizer, start_factor=v["start_factor"], end_factor=v["end_factor"], total_iters=v["total_iters"])
    if sid == "constant":
        return S.ConstantLR(optimizer, factor=v["factor"], total_iters=v["total_iters"])
    if sid == "cosine":
        return S.CosineAnnealingLR(optimizer, T_max=or_budget(v["t_max"], steps, 1), eta_min=v["eta_min"])
    if sid == "cosine-warm-restarts":
        return S.CosineAnnealingWarmRestarts(optimizer, T_0=or_budget(v["t_0"], steps, 4), T_mult=v["t_mult"], eta_min=v["eta_min"])
    if sid == "one-cycle":
        max_lr = v["max_lr"] if v["max_lr"] > 0 else optimizer.param_groups[0]["lr"]
        return S.OneCycleLR(optimizer, max_lr=max_lr, total_steps=or_budget(v["total_steps"], steps, 1), pct_start=v["pct_start"],
                            anneal_strategy=v["anneal_strategy"], div_factor=v["div_factor"], final_div_factor=v["final_div_factor"],
                            three_phase=v["three_phase"], cycle_momentum=False)
    raise ValueError(f"unknown schedule {sid}")


# ---------------------------------------------------------------- the cases
ROSENBROCK = [-1.2, 1.0]
BEALE = [1.0, 1.0]
# Beale's usual start (1, 1) lies on the line y = 1, where all three factors y^k - 1 vanish and
# df/dx is exactly 0. Methods that divide by the root of a second moment turn a gradient of 1e-12
# into a step of lr * 1e-4 (eps 1e-8), so from (1, 1) they are sensitive to rounding; they start at
# (1, 1.5) instead. SGD and ASGD are not, and keep (1, 1).
BEALE_OFF_LINE = [1.0, 1.5]
BOWL = [-7.0, 2.0]
SPHERE = [3.0, -2.0]
HIMMELBLAU = [0.0, 0.0]
BOOTH = [-5.0, -5.0]


def case(name, description, objective, start, optimizer, parameters, steps, schedule=None, clip_norm=None, clip_value=None,
         maximize=False):
    return {"case": name, "description": description, "objective": objective, "start": start, "optimizer": optimizer,
            "parameters": parameters, "schedule": schedule, "clip_norm": clip_norm, "clip_value": clip_value, "maximize": maximize,
            "steps": steps}


def schedule(sid, **parameters):
    return {"id": sid, "parameters": parameters}


CASES = [
    # sgd
    case("sgd-rosenbrock", "Plain gradient descent at the default lr 1e-3 down Rosenbrock's valley.",
         "rosenbrock", ROSENBROCK, "sgd", {}, 200),
    case("sgd-momentum-dampening-weight-decay-beale",
         "SGD with momentum 0.9, dampening 0.1 (the first step fills the buffer undamped) and L2 weight decay 0.01 on Beale.",
         "beale", BEALE, "sgd", {"lr": "0.01", "momentum": "0.9", "dampening": "0.1", "weight_decay": "0.01"}, 150),
    case("sgd-nesterov-elongated-bowl", "SGD with Nesterov momentum 0.9 on the elongated bowl.",
         "elongated-bowl", BOWL, "sgd", {"lr": "0.1", "momentum": "0.9", "nesterov": "true"}, 100),
    # adam
    case("adam-rosenbrock", "Adam at lr 0.01 on Rosenbrock, with the default betas and eps.",
         "rosenbrock", ROSENBROCK, "adam", {"lr": "0.01"}, 200),
    case("adam-amsgrad-beale", "Adam with AMSGrad (the running maximum of the second moment) on Beale.",
         "beale", BEALE_OFF_LINE, "adam", {"lr": "0.1", "amsgrad": "true"}, 150),
    case("adam-large-eps-sphere", "Adam with eps 1, so large that where eps enters the denominator (after the bias correction) shows.",
         "sphere", SPHERE, "adam", {"lr": "0.1", "eps": "1"}, 100),
    case("adam-weight-decay-himmelblau", "Adam with L2 weight decay 0.1 added to the gradient (not decoupled) on Himmelblau.",
         "himmelblau", HIMMELBLAU, "adam", {"lr": "0.05", "weight_decay": "0.1"}, 150),
    case("adam-betas-rosenbrock-4d", "Adam with betas 0.8 and 0.99 on four-dimensional Rosenbrock, the chained sum of three terms.",
         "rosenbrock", [-1.2, 1.0, -1.2, 1.0], "adam", {"lr": "0.01", "beta1": "0.8", "beta2": "0.99"}, 150),
    # adagrad
    case("adagrad-lr-decay-booth", "Adagrad with lr decay 0.01 and an initial accumulator of 0.1 on Booth.",
         "booth", BOOTH, "adagrad", {"lr": "0.5", "lr_decay": "0.01", "initial_accumulator_value": "0.1"}, 100),
    case("adagrad-large-eps-elongated-bowl", "Adagrad with eps 1, added to the root of the accumulated squares, on the elongated bowl.",
         "elongated-bowl", BOWL, "adagrad", {"lr": "0.5", "eps": "1"}, 100),
    # rmsprop
    case("rmsprop-centered-momentum-beale", "Centered RMSprop with momentum 0.5 on Beale: the buffer holds gradient over centered root.",
         "beale", BEALE_OFF_LINE, "rmsprop", {"lr": "0.03", "momentum": "0.5", "centered": "true"}, 150),
    case("rmsprop-alpha-eps-weight-decay-himmelblau", "RMSprop with alpha 0.9, a large eps 0.1 and weight decay 0.01 on Himmelblau.",
         "himmelblau", HIMMELBLAU, "rmsprop", {"alpha": "0.9", "eps": "0.1", "weight_decay": "0.01"}, 150),
    # adadelta
    case("adadelta-booth", "Adadelta at its defaults (lr 1, rho 0.9, eps 1e-6) on Booth, where eps sets the first steps.",
         "booth", BOOTH, "adadelta", {}, 150),
    case("adadelta-rho-eps-sphere", "Adadelta with rho 0.5 and a large eps 0.1 on the sphere.",
         "sphere", SPHERE, "adadelta", {"rho": "0.5", "eps": "0.1"}, 100),
    # adamw
    case("adamw-beale", "AdamW at lr 0.1 with its default decoupled weight decay 0.01 on Beale.",
         "beale", BEALE_OFF_LINE, "adamw", {"lr": "0.1"}, 150),
    case("adamw-amsgrad-weight-decay-himmelblau", "AdamW with AMSGrad and decoupled weight decay 0.1 on Himmelblau.",
         "himmelblau", HIMMELBLAU, "adamw", {"lr": "0.05", "weight_decay": "0.1", "amsgrad": "true"}, 150),
    # adamax
    case("adamax-booth", "Adamax at lr 0.05 on Booth: the infinity-norm second moment.",
         "booth", BOOTH, "adamax", {"lr": "0.05"}, 150),
    case("adamax-large-eps-sphere", "Adamax with eps 0.5, added to |g| before the maximum is taken, on the sphere.",
         "sphere", SPHERE, "adamax", {"lr": "0.1", "eps": "0.5"}, 100),
    # nadam
    case("nadam-rosenbrock", "NAdam at lr 0.01 on Rosenbrock, with the momentum schedule of the default momentum_decay 0.004.",
         "rosenbrock", ROSENBROCK, "nadam", {"lr": "0.01"}, 200),
    case("nadam-momentum-decay-weight-decay-eps-beale", "NAdam with momentum_decay 0.01, L2 weight decay 0.1 and a large eps 0.1 on Beale.",
         "beale", BEALE_OFF_LINE, "nadam", {"lr": "0.05", "momentum_decay": "0.01", "weight_decay": "0.1", "eps": "0.1"}, 150),
    # radam
    case("radam-booth", "RAdam at lr 0.01 on Booth: steps 1 to 5 un-rectified (plain bias-corrected momentum), rectified from step 6.",
         "booth", BOOTH, "radam", {"lr": "0.01"}, 100),
    case("radam-weight-decay-eps-himmelblau", "RAdam with L2 weight decay 0.1 and a large eps 0.5 on Himmelblau.",
         "himmelblau", HIMMELBLAU, "radam", {"lr": "0.05", "weight_decay": "0.1", "eps": "0.5"}, 150),
    # asgd
    case("asgd-beale", "ASGD at lr 0.01 on Beale, where the default t0 1e6 means no averaging and eta decays slowly.",
         "beale", BEALE, "asgd", {}, 150),
    case("asgd-lambd-alpha-t0-elongated-bowl", "ASGD with lambd 1e-3, alpha 0.5 and t0 10 on the elongated bowl: eta decay and the decay term.",
         "elongated-bowl", BOWL, "asgd", {"lr": "0.1", "lambd": "0.001", "alpha": "0.5", "t0": "10"}, 100),
    # rprop
    case("rprop-rosenbrock", "Rprop at its defaults on Rosenbrock: sign steps that grow by 1.2 and halve on a sign change.",
         "rosenbrock", ROSENBROCK, "rprop", {}, 150),
    case("rprop-etas-step-sizes-himmelblau", "Rprop with etas 0.3 and 1.5 and step sizes clamped to [1e-4, 0.5] on Himmelblau.",
         "himmelblau", HIMMELBLAU, "rprop",
         {"eta_minus": "0.3", "eta_plus": "1.5", "step_size_min": "0.0001", "step_size_max": "0.5"}, 100),
    # lbfgs
    case("lbfgs-fixed-step-booth",
         "L-BFGS without line search at lr 0.05, five iterations per step (the closure is not called after the last), on Booth.",
         "booth", BOOTH, "lbfgs", {"lr": "0.05", "max_iter": "5"}, 30),
    case("lbfgs-strong-wolfe-rosenbrock",
         "L-BFGS with the strong Wolfe line search and one iteration per step (so max_eval defaults to 1) on Rosenbrock.",
         "rosenbrock", ROSENBROCK, "lbfgs", {"line_search_fn": "strong_wolfe", "max_iter": "1"}, 30),
    case("lbfgs-strong-wolfe-history-rosenbrock-4d",
         "L-BFGS with the strong Wolfe line search, lr 0.02, a history of 3 and up to 4 iterations per step (max_eval 5 often "
         "ends a step first) on four-dimensional Rosenbrock.",
         "rosenbrock", [-1.2, 1.0, -1.2, 1.0], "lbfgs",
         {"lr": "0.02", "line_search_fn": "strong_wolfe", "history_size": "3", "max_iter": "4"}, 30),
    # compositions
    case("adam-cosine-clip-norm-beale", "Adam under cosine annealing to 1e-5 with the gradient norm clipped to 1 on Beale.",
         "beale", BEALE_OFF_LINE, "adam", {"lr": "0.05"}, 100, schedule=schedule("cosine", t_max="100", eta_min="1e-05"), clip_norm=1.0),
    case("sgd-momentum-step-clip-value-rosenbrock",
         "SGD with momentum 0.9 under step decay, the gradient clamped to [-0.5, 0.5] componentwise, on Rosenbrock.",
         "rosenbrock", ROSENBROCK, "sgd", {"lr": "0.002", "momentum": "0.9"}, 150,
         schedule=schedule("step", step_size="50", gamma="0.5"), clip_value=0.5),
    case("rmsprop-one-cycle-booth", "RMSprop under a one-cycle schedule peaking at 0.2 over the run's budget on Booth.",
         "booth", BOOTH, "rmsprop", {}, 100, schedule=schedule("one-cycle", max_lr="0.2")),
    case("adagrad-multistep-himmelblau", "Adagrad under multi-step decay at steps 20 and 60 (milestones written 20-60) on Himmelblau.",
         "himmelblau", HIMMELBLAU, "adagrad", {"lr": "0.5"}, 100, schedule=schedule("multistep", milestones="20-60", gamma="0.5")),
    case("adamax-linear-warmup-rosenbrock", "Adamax under a linear warm-up from a tenth of lr over 20 steps on Rosenbrock.",
         "rosenbrock", ROSENBROCK, "adamax", {"lr": "0.02"}, 150, schedule=schedule("linear", start_factor="0.1", total_iters="20")),
    case("sgd-maximize-sphere", "SGD maximizing the sphere: each step multiplies x by 1 + 2 lr, away from the minimum.",
         "sphere", [3.0, -2.0, 1.0], "sgd", {"lr": "0.05"}, 30, maximize=True),
    case("adam-maximize-exponential-himmelblau",
         "Adam maximizing Himmelblau under exponential decay: it climbs to the local maximum near (-0.27, -0.92).",
         "himmelblau", HIMMELBLAU, "adam", {"lr": "0.05"}, 150, schedule=schedule("exponential", gamma="0.97"), maximize=True),
]


# ---------------------------------------------------------------- running a case

def run(c, start):
    f, _ = OBJECTIVES[c["objective"]]
    sign = -1.0 if c["maximize"] else 1.0
    x = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer(c["optimizer"], c["parameters"], x)
    scheduler = make_schedule(c["schedule"], optimizer, c["steps"])
    calls = [0]
    seen = [math.inf]  # the smallest largest gradient component the optimizer has seen

    def closure():
        optimizer.zero_grad()
        loss = sign * f(x)
        loss.backward()
        if c["clip_norm"] is not None:
            torch.nn.utils.clip_grad_norm_([x], c["clip_norm"])
        if c["clip_value"] is not None:
            torch.nn.utils.clip_grad_value_([x], c["clip_value"])
        calls[0] += 1
        seen[0] = min(seen[0], x.grad.abs().max().item())
        return loss

    points = [list(map(float, start))]
    for _ in range(c["steps"]):
        if c["optimizer"] == "lbfgs":
            optimizer.step(closure)
        else:
            closure()
            optimizer.step()
        if scheduler is not None:
            scheduler.step()
        points.append(x.detach().tolist())
    return points, calls[0], seen[0]


def gradient_norm(f, point):
    x = torch.tensor(point, dtype=torch.float64, requires_grad=True)
    f(x).backward()
    return x.grad.norm().item()


def checked(c):
    f, dimension = OBJECTIVES[c["objective"]]
    if dimension is not None and len(c["start"]) != dimension:
        raise ValueError(f"{c['case']}: {c['objective']} is {dimension}-dimensional")
    if c["clip_norm"] is not None and c["clip_value"] is not None:
        raise ValueError(f"{c['case']}: clip_norm and clip_value together are applied in another order by Gradus")
    if not 30 <= c["steps"] <= 200:
        raise ValueError(f"{c['case']}: {c['steps']} steps")
    points, calls, seen = run(c, c["start"])
    values = [f(p) for p in points]
    for p, v in zip(points, values):
        if not all(math.isfinite(t) for t in p + [v]):
            raise ValueError(f"{c['case']}: not finite at {p}")
    smallest = min(gradient_norm(f, p) for p in points)
    if not smallest > 1e-6:
        raise ValueError(f"{c['case']}: the gradient norm falls to {smallest}")
    if c["optimizer"] == "lbfgs":
        # far from L-BFGS's own tests: the gradient stays well above tolerance_grad, every step moves
        if not seen >= 1e3 * float(c["parameters"].get("tolerance_grad", "1e-7")):
            raise ValueError(f"{c['case']}: L-BFGS sees a gradient component as small as {seen}")
        for k in range(c["steps"]):
            if not max(abs(a - b) for a, b in zip(points[k], points[k + 1])) > 1e-6:
                raise ValueError(f"{c['case']}: L-BFGS barely moves at step {k + 1}")
    for delta in (1e-12, -1e-12):
        other, other_calls, _ = run(c, [s + delta for s in c["start"]])
        if other_calls != calls:
            raise ValueError(f"{c['case']}: {calls} closure calls, {other_calls} from the moved start")
        for a, b in zip(points[-1], other[-1]):
            if not abs(a - b) <= 1e-7 * max(1.0, abs(a)):
                raise ValueError(f"{c['case']}: sensitive to rounding, ends at {points[-1]} and {other[-1]} from the moved start")
    return points, values, calls


def main(out):
    os.makedirs(out, exist_ok=True)
    names = [c["case"] for c in CASES]
    if len(set(names)) != len(names):
        raise ValueError("duplicate case names")
    for c in CASES:
        points, values, calls = checked(c)
        data = {
            "case": c["case"],
            "description": c["description"],
            "torch_version": torch.__version__,
            "objective": c["objective"],
            "start": [float(s) for s in c["start"]],
            "optimizer": c["optimizer"],
            "parameters": c["parameters"],
            "schedule": c["schedule"],
            "clip_norm": c["clip_norm"],
            "clip_value": c["clip_value"],
            "maximize": c["maximize"],
            "steps": c["steps"],
            "points": points,
            "values": values,
        }
        if c["optimizer"] == "lbfgs":
            data["closure_calls"] = calls
        with open(os.path.join(out, c["case"] + ".json"), "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
