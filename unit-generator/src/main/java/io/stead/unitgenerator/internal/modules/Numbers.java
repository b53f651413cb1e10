package io.stead.unitgenerator.internal.modules;

/** Reads integer option values, which the evaluator gives as {@code Long}. */
final class Numbers {
    private Numbers() {
    }

    /**
     * @param value a Long, another integral Number, or null
     * @return the value as a Long, or null
     */
    static Long asLong(Object value) {
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new IllegalStateException("not an integer: " + value);
    }
}
