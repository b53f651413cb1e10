package io.stead.evaluator.internal;

import io.stead.api.SystemPackage;
import io.stead.evaluator.internal.model.DollarEscape;
import io.stead.evaluator.internal.model.Node;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Renders definitions and values compactly as JSON-like text for messages. Never forces lazy
 * attribute sets, which show as {@code {...}} (as sets nested too deep do); a list's elements are
 * read, and one whose merge fails shows as {@code <error>}; long text is shortened.
 */
public final class Show {
    private static final int LIMIT = 160;

    private Show() {
    }

    /** How a value that fails to be read is shown: the message is about something else. */
    public static final String FAILED_TEXT = "<error>";

    /**
     * @param e why a definition's value cannot be read
     * @return how such a definition is shown in a message about something else: with the first
     *     line of its own error, which would otherwise be lost
     */
    public static String failed(EvalError e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        if (first.length() > LIMIT) {
            first = first.substring(0, LIMIT) + "...";
        }
        return first.isEmpty() ? FAILED_TEXT : "<error: " + first + ">";
    }

    /** Shown in place of an element whose merge fails. */
    private static final Object FAILED = new Object() {
        @Override
        public String toString() {
            return FAILED_TEXT;
        }
    };

    /**
     * @param node a definition
     * @return short text
     */
    public static String node(Node node) {
        StringBuilder out = new StringBuilder();
        node(node, out);
        return shorten(out);
    }

    /**
     * @param node a definition
     * @return short text, with a part of an evaluated value read as NixOS's messages show it
     *     ({@value #FAILED_TEXT} if reading it fails), where {@link #node(Node)} says only
     *     {@code <lazy>}
     */
    public static String read(Node node) {
        if (node instanceof Node.Lazy lazy) {
            try {
                return value(lazy.value().get());
            } catch (EvalError e) {
                return failed(e);
            }
        }
        return node(node);
    }

    /**
     * @param value a plain value
     * @return short text
     */
    public static String value(Object value) {
        StringBuilder out = new StringBuilder();
        value(value, out, 0);
        return shorten(out);
    }

    private static String shorten(StringBuilder out) {
        return out.length() > LIMIT ? out.substring(0, LIMIT - 3) + "..." : out.toString();
    }

    private static void node(Node node, StringBuilder out) {
        if (out.length() > LIMIT) {
            return;
        }
        if (node instanceof Node.Scalar s) {
            value(s.value(), out, 0);
        } else if (node instanceof Node.Value v) {
            value(v.value(), out, 0);
        } else if (node instanceof Node.ListNode l) {
            out.append('[');
            join(l.items(), out);
            out.append(']');
        } else if (node instanceof Node.Attrs a) {
            out.append('{');
            boolean first = true;
            for (Node.Entry e : a.entries()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                // the path as written, quoted segments and '$$' included, as one string
                out.append(quote(DollarEscape.written(e.path()))).append(": ");
                node(e.value(), out);
            }
            out.append('}');
        } else if (node instanceof Node.When w) {
            out.append("{\"$if\": ").append(w.conditions().size() == 1
                    ? quote(w.conditions().get(0).toString()) : w.conditions().toString()).append(", \"then\": ");
            node(w.body(), out);
            out.append('}');
        } else if (node instanceof Node.Merge m) {
            out.append("{\"$merge\": [");
            join(m.parts(), out);
            out.append("]}");
        } else if (node instanceof Node.Prio p) {
            out.append("{\"$override\": ").append(p.priority()).append(", \"value\": ");
            node(p.body(), out);
            out.append('}');
        } else if (node instanceof Node.Ordered o) {
            out.append("{\"$order\": ").append(o.order()).append(", \"value\": ");
            node(o.body(), out);
            out.append('}');
        } else if (node instanceof Node.Ref r) {
            out.append("{\"$ref\": ").append(quote(DollarEscape.written(r.path()))).append('}');
        } else if (node instanceof Node.Lazy) {
            out.append("<lazy>");
        } else {
            out.append("<computed>");
        }
    }

    private static void join(List<Node> nodes, StringBuilder out) {
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            node(nodes.get(i), out);
        }
    }

    private static void value(Object v, StringBuilder out, int depth) {
        if (out.length() > LIMIT) {
            return;
        }
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            out.append(quote(s));
        } else if (v instanceof SystemPackage p) {
            out.append(quote(p.spec()));
        } else if (v instanceof LazyValue) {
            // an attribute set whose values are read when asked for: "<lazy>" said nothing of that
            out.append("{...}");
        } else if (v instanceof Map<?, ?> m) {
            if (depth > 3) {
                out.append("{...}");
                return;
            }
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            boolean first = true;
            while (it.hasNext() && out.length() <= LIMIT) {
                Map.Entry<?, ?> e = it.next();
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(quote(String.valueOf(e.getKey()))).append(": ");
                value(e.getValue(), out, depth + 1);
            }
            out.append('}');
        } else if (v instanceof List<?> l) {
            out.append('[');
            for (int i = 0; i < l.size() && out.length() <= LIMIT; i++) {
                if (i > 0) {
                    out.append(", ");
                }
                value(element(l, i), out, depth + 1);
            }
            out.append(']');
        } else {
            out.append(v);
        }
    }

    /** A list's element, or a marker if it fails: a list's elements are merged when read. */
    private static Object element(List<?> list, int index) {
        try {
            return list.get(index);
        } catch (EvalError e) {
            return FAILED;
        }
    }

    /**
     * @param s text
     * @return the text as a JSON string literal
     */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> appendEscaped(out, c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * @param s a message, which may quote names and values from the user's files
     * @return it with each control character written as its JSON escape ({@code \n}), so that
     *     the message stays on one line and shows what the file holds
     */
    public static String escapeControls(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, i);
                for (int j = i; j < s.length(); j++) {
                    appendEscaped(out, s.charAt(j));
                }
                return out.toString();
            }
        }
        return s;
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    // (a control character shown raw moves the cursor or hides the text around it)
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
    }

    /** Marker for values not to be forced when shown. */
    public interface LazyValue {
    }
}
