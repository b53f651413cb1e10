package io.stead.api;

import java.util.Map;
import java.util.Objects;

/**
 * Like {@link AttrsOf}, but each attribute's value is merged only when it is read. The set of
 * names is known without evaluating any value, so an attribute whose definitions are all
 * disabled is still present, and reading it fails as "used but not defined".
 *
 * @param element the type of each attribute's value
 */
public record LazyAttrsOf(OptionType element) implements OptionType {
    /** @param element the type of each attribute's value, not null */
    public LazyAttrsOf {
        Objects.requireNonNull(element, "element");
    }

    @Override
    public String description() {
        return "lazy attribute set of " + OptionType.nested(element);
    }

    @Override
    public boolean check(Object value) {
        return value instanceof Map;
    }
}
