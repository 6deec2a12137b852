package dev.gradus.cli.output;

import dev.gradus.api.param.BooleanParameter;
import dev.gradus.api.param.ChoiceParameter;
import dev.gradus.api.param.IntegerListParameter;
import dev.gradus.api.param.IntegerParameter;
import dev.gradus.api.param.ParameterDescriptor;
import dev.gradus.api.param.ParameterSpace;
import dev.gradus.api.param.RealParameter;
import dev.gradus.api.param.Scale;
import dev.gradus.api.param.TextParameter;

/** A provider's parameters as a table: name, type, default, allowed values, description. Built from the descriptors alone. */
public final class ParameterRows {
    private ParameterRows() {
    }

    public static TextTable table(ParameterSpace space) {
        TextTable table = new TextTable("NAME", "TYPE", "DEFAULT", "ALLOWED", "DESCRIPTION");
        for (ParameterDescriptor descriptor : space.descriptors()) {
            table.row(descriptor.name(), type(descriptor), defaultText(descriptor), descriptor.allowedValues(), descriptor.description());
        }
        return table;
    }

    /** The type as shown in help: {@code real (log scale)}, {@code integer}, {@code boolean}, {@code choice}, {@code text}. */
    public static String type(ParameterDescriptor descriptor) {
        return descriptor.accept(new ParameterDescriptor.Visitor<String>() {
            @Override
            public String real(RealParameter p) {
                return p.scale() == Scale.LOG ? "real (log scale)" : "real";
            }

            @Override
            public String integer(IntegerParameter p) {
                return "integer";
            }

            @Override
            public String bool(BooleanParameter p) {
                return "boolean";
            }

            @Override
            public String choice(ChoiceParameter p) {
                return "choice";
            }

            @Override
            public String integerList(IntegerListParameter p) {
                return "integer list";
            }

            @Override
            public String text(TextParameter p) {
                return "text";
            }
        });
    }

    /** The default as text that parses back to it. */
    public static String defaultText(ParameterDescriptor descriptor) {
        Object value = descriptor.defaultObject();
        if (descriptor instanceof IntegerListParameter list) {
            return IntegerListParameter.format(list.defaultValue());
        }
        if (value instanceof Double d && d.isInfinite()) {
            return d > 0 ? "inf" : "-inf";
        }
        return String.valueOf(value);
    }
}
