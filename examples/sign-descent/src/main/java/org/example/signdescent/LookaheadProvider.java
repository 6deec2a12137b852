package org.example.signdescent;

import dev.gradus.api.optimizer.Optimizer;
import dev.gradus.api.optimizer.OptimizerCapability;
import dev.gradus.api.optimizer.OptimizerState;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.InvalidParametersException;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.ParameterValues;
import dev.gradus.api.param.ParameterViolation;
import dev.gradus.api.param.Range;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.TextParameter;
import dev.gradus.api.spi.GradusApi;
import dev.gradus.api.spi.OptimizerProvider;
import dev.gradus.api.spi.ProviderInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Lookahead, found through META-INF/services. The inner optimizer is any optimizer Gradus knows
 * found by id through {@link ServiceLoader}: first among this plugin's own providers, then among the
 * host's built-ins (through the parent of the plugin's class loader, which Gradus keeps out of a
 * plugin's own service lookups).
 *
 * <p>{@code inner_parameters} configures it: {@code NAME=VALUE} assignments separated by commas or
 * blanks ({@code momentum=0.9,nesterov=true}), parsed by the inner provider's own parameters, so
 * its bounds and rules apply; unset ones keep its defaults. The inner has no learning rate of its
 * own: it takes lookahead's {@code lr} (which its bounds and rules on {@code lr} see too) and at
 * every step the run's rate, schedules included, so {@code lr} in {@code inner_parameters} is refused.
 *
 * <p>Both are checked when the parameters are parsed, not in {@link #create}. The rules throw the
 * {@link InvalidParametersException} themselves rather than answer false, so that the message can
 * say what is allowed: the ids there are, or what the inner optimizer refused. Nothing found is
 * kept: the providers are looked up again on each check, through whichever class loader loaded
 * this class.
 */
public final class LookaheadProvider implements OptimizerProvider {
    private static final ProviderInfo INFO = new ProviderInfo("lookahead", "Lookahead", "0.1.0", GradusApi.VERSION,
            "Lookahead around any optimizer: k fast steps of the inner optimizer, then the slow weights move alpha of the way "
                    + "to them (Zhang et al., 2019).");
    private static final String LR = "lr";
    private static final String INNER = "inner";
    private static final String INNER_PARAMETERS = "inner_parameters";
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private static final ParameterSpace PARAMETERS = ParameterSpace.of(
                    RealParameter.learningRate(1e-3),
                    new TextParameter(INNER, "the id of the optimizer that takes the fast steps, at lookahead's lr (see 'gradus list optimizers')",
                            "adabelief", 64),
                    new TextParameter(INNER_PARAMETERS, "the inner optimizer's hyperparameters other than lr, as NAME=VALUE separated by "
                            + "commas or blanks (momentum=0.9,nesterov=true); the others at its defaults", "", 256),
                    new IntegerParameter("k", "fast steps between two slow steps", 5, 1, 1_000_000),
                    RealParameter.of("alpha", "how far the slow weights move toward the fast ones", 0.5, Range.closedOpen(0, 1)))
            .withRule("inner is the id of an optimizer Gradus knows that takes plain steps (no extra evaluations), other than lookahead",
                    values -> inner(values) != null, INNER)
            .withRule("inner_parameters are hyperparameters the inner optimizer accepts, except lr (lookahead's lr is the inner's)",
                    values -> {
                        // looked up once: each lookup is a ServiceLoader scan
                        OptimizerProvider inner = wrappable(values);
                        return inner == null || innerValues(inner, values) != null;
                    }, INNER_PARAMETERS, INNER, LR);

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** Its state names the slow weights and the inner optimizer's vectors, for the lab's views. */
    @Override
    public Set<OptimizerCapability> capabilities() {
        return Set.of(OptimizerCapability.STATE_VECTORS);
    }

    @Override
    public ParameterSpace parameters() {
        return PARAMETERS;
    }

    @Override
    public Optimizer<?> create(ParameterValues values) {
        OptimizerProvider inner = inner(values);
        return wrap(inner.create(innerValues(inner, values)), values.integer("k"), values.real("alpha"));
    }

    private static <S extends OptimizerState> Lookahead<S> wrap(Optimizer<S> inner, long k, double alpha) {
        return new Lookahead<>(inner, k, alpha);
    }

    /**
     * The provider named by {@code inner}: never null.
     *
     * @throws InvalidParametersException naming {@code inner} and the ids allowed, when it names no optimizer lookahead can wrap
     */
    private static OptimizerProvider inner(ParameterValues values) {
        OptimizerProvider wrappable = wrappable(values);
        if (wrappable != null) {
            return wrappable;
        }
        String id = values.text(INNER).strip();
        Map<String, OptimizerProvider> known = optimizers();
        OptimizerProvider provider = known.get(id);
        String allowed = known.entrySet().stream().filter(e -> !e.getKey().equals(INFO.id()) && takesPlainSteps(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
        String reason = id.equals(INFO.id()) ? "lookahead cannot take its fast steps with itself"
                : provider != null ? id + " evaluates the objective inside its steps (EXTRA_EVALUATIONS), which lookahead does not pass on"
                : "there is no optimizer '" + id + "'";
        throw new InvalidParametersException(List.of(new ParameterViolation(INFO.id(), INNER, INNER + "=" + values.text(INNER),
                reason + "; inner is one of " + allowed, ParameterViolation.Kind.RULE)));
    }

    /** The provider named by {@code inner} when lookahead can wrap it; null when not (the first rule says why). */
    private static OptimizerProvider wrappable(ParameterValues values) {
        String id = values.text(INNER).strip();
        OptimizerProvider provider = id.equals(INFO.id()) ? null : optimizers().get(id);
        return provider != null && takesPlainSteps(provider) ? provider : null;
    }

    /** Whether the optimizer needs nothing of the host inside a step that lookahead would have to pass on. */
    private static boolean takesPlainSteps(OptimizerProvider provider) {
        return !provider.capabilities().contains(OptimizerCapability.EXTRA_EVALUATIONS);
    }

    /**
     * The inner provider's values: {@code inner_parameters}, and lookahead's {@code lr} as the inner's.
     *
     * @throws InvalidParametersException naming {@code inner_parameters} (or {@code lr}) and what the inner refused, one violation each
     */
    private static ParameterValues innerValues(OptimizerProvider inner, ParameterValues values) {
        String id = inner.info().id();
        String given = values.text(INNER_PARAMETERS);
        List<String> assignments = Arrays.stream(SEPARATORS.split(given.strip())).filter(a -> !a.isEmpty()).toList();
        List<ParameterViolation> problems = new ArrayList<>();
        Map<String, String> text;
        try {
            text = new LinkedHashMap<>(ParameterSpace.splitAssignments(id, assignments));
        } catch (InvalidParametersException e) {
            throw new InvalidParametersException(e.violations().stream().map(v -> inInnerParameters(v, given)).toList());
        }
        if (text.remove(LR) != null) {
            problems.add(new ParameterViolation(INFO.id(), INNER_PARAMETERS, INNER_PARAMETERS + "=" + given,
                    "the inner optimizer takes lookahead's lr: give lr to lookahead (-p lr=...), not in inner_parameters",
                    ParameterViolation.Kind.RULE));
        }
        ParameterSpace space = inner.parameters();
        boolean takesLr = space.descriptor(LR).isPresent();
        if (takesLr) {
            text.put(LR, values.format(LR));
        }
        try {
            ParameterValues parsed = space.parse(id, text);
            if (problems.isEmpty()) {
                return parsed;
            }
        } catch (InvalidParametersException e) {
            for (ParameterViolation v : e.violations()) {
                problems.add(takesLr && v.parameter().equals(LR)
                        ? new ParameterViolation(INFO.id(), LR, LR + "=" + values.format(LR), v.message(), ParameterViolation.Kind.RULE)
                        : inInnerParameters(v, given));
            }
        }
        throw new InvalidParametersException(problems);
    }

    /** One of the inner provider's violations as lookahead's, of inner_parameters; lr is not offered as a known name. */
    private static ParameterViolation inInnerParameters(ParameterViolation v, String given) {
        String inner = v.message();
        if (v.kind() == ParameterViolation.Kind.UNKNOWN_PARAMETER) {
            String known = Arrays.stream(v.allowed().split(", ")).filter(name -> !name.equals(LR)).collect(Collectors.joining(", "));
            inner = new ParameterViolation(v.owner(), v.parameter(), v.value(), known.isEmpty() ? "none besides lr" : known, v.kind()).message();
        }
        return new ParameterViolation(INFO.id(), INNER_PARAMETERS, INNER_PARAMETERS + "=" + given, inner, ParameterViolation.Kind.RULE);
    }

    /**
     * Every optimizer provider this plugin's class loader and its parent offer, in id order; of two
     * with one id, the plugin's own. Providers that fail to load are skipped: Gradus reports them itself.
     */
    private static Map<String, OptimizerProvider> optimizers() {
        Map<String, OptimizerProvider> byId = new TreeMap<>();
        ClassLoader own = LookaheadProvider.class.getClassLoader();
        for (ClassLoader loader : new ClassLoader[] {own, own == null ? null : own.getParent()}) {
            if (loader == null) {
                continue;
            }
            Iterator<OptimizerProvider> providers = ServiceLoader.load(OptimizerProvider.class, loader).iterator();
            while (true) {
                try {
                    if (!providers.hasNext()) {
                        break;
                    }
                    OptimizerProvider provider = providers.next();
                    byId.putIfAbsent(provider.info().id(), provider);
                } catch (ServiceConfigurationError | RuntimeException broken) {
                    // a provider that does not load or describe itself is Gradus's to report, not lookahead's
                }
            }
        }
        return byId;
    }
}
