package dev.gradus.api.param;

/**
 * A switch.
 *
 * @param name         snake_case name
 * @param description  one sentence
 * @param defaultValue the default
 */
public record BooleanParameter(String name, String description, boolean defaultValue) implements ParameterDescriptor {

    public BooleanParameter {
        Names.check(name, description);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.bool(this);
    }

    @Override
    public Object defaultObject() {
        return defaultValue;
    }

    @Override
    public String allowedValues() {
        return "true or false";
    }
}
