"""Reference learning rates from torch.optim.lr_scheduler, for Gradus's schedule tests.

Writes one JSON file per case into the folder given as the only argument (the tests read
optimizer-impl/src/test/resources/reference/torch-schedules/). Each file holds the Gradus schedule
id and parameters, the equivalent torch constructor call, the base learning rate, the loss fed to
each step (ReduceLROnPlateau only) and "lrs": the learning rate in force at steps 1..N, read from
the optimizer before each optimizer.step() and stepping the scheduler after it, as a training loop
does.

Run with Debian's torch (python3-torch, torch 1.13) and the system Python:
    /usr/bin/python3 make_torch_schedules.py ../resources/reference/torch-schedules
The output is deterministic.
"""
import json
import math
import os
import sys

import torch
from torch.optim import lr_scheduler as S

STEPS = 60
BASE = 0.1

# a loss that falls, stalls, dips a little (less than the 1e-4 relative threshold), falls again
PLATEAU_LOSSES = [1.0 / (1 + k) if k < 10 else (0.09 if k < 30 else (0.09 * (1 - 5e-5) if k < 35 else 0.05 / (k - 30))) for k in range(STEPS)]

CASES = [
    ("constant-default", "constant", {}, lambda o: S.ConstantLR(o), None),
    ("constant-half-7", "constant", {"factor": 0.5, "total_iters": 7}, lambda o: S.ConstantLR(o, factor=0.5, total_iters=7), None),
    ("step-7-half", "step", {"step_size": 7, "gamma": 0.5}, lambda o: S.StepLR(o, step_size=7, gamma=0.5), None),
    ("step-budget-third", "step", {}, lambda o: S.StepLR(o, step_size=STEPS // 3, gamma=0.1), None),
    ("multistep-twice", "multistep", {"milestones": [5, 20, 20, 41], "gamma": 0.3},
     lambda o: S.MultiStepLR(o, milestones=[5, 20, 20, 41], gamma=0.3), None),
    ("exponential-095", "exponential", {"gamma": 0.95}, lambda o: S.ExponentialLR(o, gamma=0.95), None),
    ("linear-default", "linear", {}, lambda o: S.LinearLR(o), None),
    ("linear-warmup-20", "linear", {"start_factor": 0.1, "end_factor": 0.9, "total_iters": 20},
     lambda o: S.LinearLR(o, start_factor=0.1, end_factor=0.9, total_iters=20), None),
    ("cosine-budget", "cosine", {"eta_min": 0.001}, lambda o: S.CosineAnnealingLR(o, T_max=STEPS, eta_min=0.001), None),
    ("cosine-past-t-max", "cosine", {"t_max": 17}, lambda o: S.CosineAnnealingLR(o, T_max=17), None),
    ("cosine-warm-restarts-8", "cosine-warm-restarts", {"t_0": 8, "eta_min": 0.002},
     lambda o: S.CosineAnnealingWarmRestarts(o, T_0=8, eta_min=0.002), None),
    ("cosine-warm-restarts-mult", "cosine-warm-restarts", {"t_0": 5, "t_mult": 2},
     lambda o: S.CosineAnnealingWarmRestarts(o, T_0=5, T_mult=2), None),
    ("one-cycle-default", "one-cycle", {"max_lr": 0.5},
     lambda o: S.OneCycleLR(o, max_lr=0.5, total_steps=STEPS, cycle_momentum=False), None),
    ("one-cycle-linear-three-phase", "one-cycle",
     {"max_lr": 0.3, "pct_start": 0.25, "anneal_strategy": "linear", "div_factor": 10.0, "final_div_factor": 100.0, "three_phase": True},
     lambda o: S.OneCycleLR(o, max_lr=0.3, total_steps=STEPS, pct_start=0.25, anneal_strategy="linear", div_factor=10.0,
                            final_div_factor=100.0, three_phase=True, cycle_momentum=False), None),
    ("plateau-default", "reduce-on-plateau", {}, lambda o: S.ReduceLROnPlateau(o), PLATEAU_LOSSES),
    ("plateau-patient-abs", "reduce-on-plateau",
     {"factor": 0.5, "patience": 3, "threshold": 0.001, "threshold_mode": "abs", "cooldown": 2, "min_lr": 0.01},
     lambda o: S.ReduceLROnPlateau(o, factor=0.5, patience=3, threshold=0.001, threshold_mode="abs", cooldown=2, min_lr=0.01),
     PLATEAU_LOSSES),
    ("plateau-max", "reduce-on-plateau", {"mode": "max", "patience": 2},
     lambda o: S.ReduceLROnPlateau(o, mode="max", patience=2), [-x for x in PLATEAU_LOSSES]),
]


def run(make, losses):
    p = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=BASE)
    scheduler = make(optimizer)
    lrs = []
    for k in range(STEPS):
        lrs.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        if losses is None:
            scheduler.step()
        else:
            scheduler.step(losses[k])
    return lrs


def main(out):
    os.makedirs(out, exist_ok=True)
    for name, schedule, parameters, make, losses in CASES:
        case = {
            "schedule": schedule,
            "parameters": parameters,
            "base_lr": BASE,
            "budget": STEPS,
            "torch_version": torch.__version__,
            "losses": losses,
            "lrs": run(make, losses),
        }
        with open(os.path.join(out, name + ".json"), "w") as f:
            json.dump(case, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
