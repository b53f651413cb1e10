package io.stead.evaluator.internal.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import io.stead.evaluator.internal.EvalError;
import io.stead.evaluator.internal.Messages;
import io.stead.evaluator.internal.model.Location;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON or YAML file into a {@link SourceNode} tree with Jackson's streaming parser,
 * keeping the line and column of every key and value (Jackson's tree model would drop them).
 * A key given twice in one mapping is kept twice: as a definition, that is two definitions,
 * as the contract says of one path defined twice in a file. In YAML, anchors and aliases
 * ({@code &name}, {@code *name}) and merge keys ({@code <<: *name}) mean what YAML says: an
 * alias stands for the node it names, with that node's lines.
 */
public final class SourceReader {
    /** YAML's merge key: its mapping (or list of mappings) supplies the keys not given. */
    private static final String MERGE_KEY = "<<";

    /** SnakeYAML's message for a document beyond its size limit (LoaderOptions.codePointLimit). */
    private static final Pattern YAML_SIZE_LIMIT = Pattern.compile("exceeds the limit: (\\d+) code points");

    /** YAML's spellings of infinity and NaN. */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    /** Where Jackson says an unclosed object or list began, with its source redacted. */
    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]\\)");
    /** Jackson's "(for Array starting at [Source: REDACTED (...); line: 1, column: 18])". */
    private static final Pattern STARTING_AT = Pattern.compile(
            "\\(for (Array|Object) starting at \\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)\\]\\)");

    // keys are mostly distinct (entry names): String.intern of each costs more than it saves
    private final JsonFactory json = new JsonFactory().disable(JsonFactory.Feature.INTERN_FIELD_NAMES);
    private AnchorYamlFactory yaml;

    /** What a file whose name says it is no configuration file is not (after "is not a"). */
    static final String NOT_A_CONFIGURATION_FILE = "configuration file: its name must end in .json, .yaml or .yml";

    /**
     * @param file a file
     * @return whether its name says it is a configuration file (JSON or YAML)
     */
    static boolean isConfigurationFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * @param file the file
     * @param display the name to show in messages
     * @return the document
     * @throws io.stead.evaluator.internal.EvalError if the file is missing or malformed
     */
    public SourceNode read(Path file, String display) {
        boolean isJson = file.getFileName().toString().endsWith(".json");
        if (!isConfigurationFile(file)) {
            // (a directory named on the command line, `stead eval hosts`, is that mistake first)
            throw Messages.loadError(Location.of(display), Files.isDirectory(file)
                    ? "is a directory; name the files in it" : "is not a " + NOT_A_CONFIGURATION_FILE);
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = (isJson ? json : yaml()).createParser(in)) {
            try {
                return document(p, display, isJson);
            } catch (StreamConstraintsException e) {
                // (caught here, where the parser still knows how far it got)
                Location at = p instanceof AnchorYamlFactory.Parser yamlParser ? yamlParser.lastEventStart(display)
                        : location(p.currentTokenLocation(), display);
                throw Messages.loadError(at, beyondLimit(e, p.streamReadConstraints()));
            } catch (JsonParseException e) {
                if (p instanceof AnchorYamlFactory.Parser yamlParser && yamlParser.isKeyNotAScalar(e)) {
                    // Jackson names SnakeYAML's event class; a YAML key may be a list or a mapping
                    throw Messages.loadError(yamlParser.lastEventStart(display), "is not valid YAML: a key must be"
                            + " a single value, not " + yamlParser.lastEventKind());
                }
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw Messages.loadError(Location.of(display), "does not exist");
        } catch (IOException e) {
            throw readError(e, file, display, isJson);
        }
    }

    private SourceNode document(JsonParser p, String display, boolean isJson) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw Messages.loadError(new Location(display, 1, 1),
                    "is empty; a module is an attribute set, such as {\"config\": {}}");
        }
        SourceNode node = value(p, display, isJson ? null : new YamlAnchors());
        if (p.nextToken() != null) {
            throw Messages.loadError(location(p.currentTokenLocation(), display),
                    "has more than one document; a module is one attribute set");
        }
        return node;
    }

    /**
     * A limit of Jackson's (nesting depth, length of a number, a string or a key) as a sentence:
     * Jackson's own names the Java method that sets it.
     */
    private static String beyondLimit(StreamConstraintsException e, StreamReadConstraints limits) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Document nesting depth")) {
            return "nests lists and attribute sets more than " + limits.getMaxNestingDepth() + " deep";
        }
        if (m.startsWith("Number value length")) {
            return "has a number longer than " + limits.getMaxNumberLength() + " digits";
        }
        if (m.startsWith("String value length")) {
            return "has a string longer than " + limits.getMaxStringLength() + " characters";
        }
        if (m.startsWith("Name length")) {
            return "has a key longer than " + limits.getMaxNameLength() + " characters";
        }
        return "is too large to read: " + m.replaceAll(", from `[^`]*`", "");
    }

    /**
     * A read that failed: a malformed file, or one that cannot be read. A directory is asked
     * about only here, so that reading a file costs no extra system call; reading it failed
     * inside the YAML parser, which would have said "is not valid YAML: java.io.IOException".
     */
    private static EvalError readError(IOException e, Path file, String display, boolean isJson) {
        if (Files.isDirectory(file)) {
            return Messages.loadError(Location.of(display), "is a directory; name the files in it");
        }
        // (only a regular file is read again: a pipe cannot be, and a device may never end)
        if ((e instanceof JsonProcessingException || e instanceof CharConversionException)
                && Files.isRegularFile(file)) {
            // (the YAML parser's reader wraps its CharConversionException; either may come)
            try {
                EvalError notUtf8 = NotUtf8.find(file, display, !isJson);
                if (notUtf8 != null) {
                    return notUtf8;
                }
                if (!isJson && causedBy(e, ReaderException.class)) {
                    EvalError special = YamlCharacters.find(file, display);
                    if (special != null) {
                        return special;
                    }
                }
            } catch (IOException unreadable) {
                return Messages.loadError(Location.of(display), "cannot be read: " + unreadable.getMessage());
            }
        }
        if (!isJson && e instanceof JsonProcessingException tooLarge && tooLarge.getOriginalMessage() != null) {
            Matcher limit = YAML_SIZE_LIMIT.matcher(tooLarge.getOriginalMessage());
            if (limit.find()) {
                // valid YAML, only beyond SnakeYAML's size limit: "is not valid YAML" would mislead
                return Messages.loadError(Location.of(display), "is larger than the " + limit.group(1)
                        + " characters Stead reads from a YAML file; split it into files that import each other,"
                        + " or write it as JSON");
            }
        }
        if (e instanceof JsonProcessingException malformed) {
            Location at = errorLocation(malformed, display);
            String why = plain(malformed, isJson);
            if (!isJson && why.startsWith("mapping values are not allowed here") && at.column() > 1024
                    && keyIsLong(file, at.line())) {
                // YAML 1.1 takes a key of 1024 characters at most unless it is marked '? '
                why += "; a key longer than 1024 characters is written '? key' on a line of its own and ': value'"
                        + " below it, or in a JSON file";
            }
            return Messages.loadError(at, (isJson ? "is not valid JSON: " : "is not valid YAML: ") + why);
        }
        return Messages.loadError(Location.of(display), "cannot be read: " + e.getMessage());
    }

    /** Whether the line's key (before its first ": ") is longer than YAML 1.1 reads. */
    private static boolean keyIsLong(Path file, int line) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.BufferedReader in = Files.newBufferedReader(file)) {
            String text = null;
            for (int i = 0; i < line; i++) {
                text = in.readLine();
                if (text == null) {
                    return false;
                }
            }
            String key = text.stripLeading();
            while (key.startsWith("- ") || key.startsWith("? ")) {
                key = key.substring(2).stripLeading();
            }
            int colon = key.indexOf(": ");
            return (colon < 0 ? key.length() : colon) > 1024;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a malformed file goes wrong. For YAML that is SnakeYAML's problem mark: Jackson's own
     * location is that of the last token it produced, often a line or more before the problem
     * (a tab indenting line 3 was reported at line 2).
     */
    private static Location errorLocation(JsonProcessingException malformed, String display) {
        if (malformed instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            if (mark != null) {
                return new Location(display, mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        JsonLocation at = malformed.getLocation();
        return at == null ? Location.of(display) : location(at, display);
    }

    /** SnakeYAML is loaded only when a YAML file is read. */
    private AnchorYamlFactory yaml() {
        if (yaml == null) {
            yaml = new AnchorYamlFactory();
        }
        return yaml;
    }

    /**
     * @param anchors the YAML anchors defined so far; null for JSON
     */
    private SourceNode value(JsonParser p, String display, YamlAnchors anchors) throws IOException {
        Location at = location(p, display);
        String anchor = null;
        long mark = 0;
        SourceNode node = null;
        if (anchors != null) {
            YAMLParser yamlParser = (YAMLParser) p;
            if (yamlParser.isCurrentAlias()) {
                return anchors.alias(p.getText(), at);
            }
            AnchorYamlFactory.Parser tagged = (AnchorYamlFactory.Parser) yamlParser;
            anchor = tagged.anchor();
            mark = anchors.mark();
            String tag = tagged.tag();
            YamlTags.checkKnown(tag, at);
            if (tag != null) {
                // (a value's text is the parser's until the next token)
                String text = p.currentToken().isScalarValue() ? tagged.scalarText() : null;
                node = YamlTags.apply(tag, node(p, display, anchors, at), text);
            }
        }
        if (node == null) {
            node = node(p, display, anchors, at);
        }
        if (anchor != null) {
            anchors.define(anchor, node, mark);
        }
        return node;
    }

    private SourceNode node(JsonParser p, String display, YamlAnchors anchors, Location at)
            throws IOException {
        if (anchors != null) {
            anchors.read();
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                List<SourceNode.Field> fields = new ArrayList<>();
                List<SourceNode.Field> merged = null; // made only when a merge key comes
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    Location keyAt = location(p, display);
                    String key = characters(p.currentName(), keyAt);
                    p.nextToken();
                    SourceNode value = value(p, display, anchors);
                    if (anchors != null && key.equals(MERGE_KEY)) {
                        if (merged == null) {
                            merged = new ArrayList<>();
                        }
                        merged.addAll(mergedFields(value, keyAt));
                    } else {
                        fields.add(new SourceNode.Field(key, value, keyAt));
                    }
                }
                if (merged != null) {
                    // keys given in the mapping win, then the merged mappings in their order
                    Set<String> given = new HashSet<>();
                    fields.forEach(f -> given.add(f.key()));
                    for (SourceNode.Field f : merged) {
                        if (given.add(f.key())) {
                            fields.add(f);
                        }
                    }
                }
                return new SourceNode.Mapping(fields, at);
            }
            case START_ARRAY: {
                List<SourceNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p, display, anchors));
                }
                return new SourceNode.Sequence(items, at);
            }
            case VALUE_STRING:
                return new SourceNode.Scalar(characters(p.getText(), at), at);
            case VALUE_NUMBER_INT: {
                long n;
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    // (the YAML parser takes 16 hex digits for a big integer whatever their value)
                    java.math.BigInteger big = p.getBigIntegerValue();
                    if (big.bitLength() > 63) {
                        throw Messages.loadError(at, "has an integer too large for 64 bits: " + p.getText());
                    }
                    n = big.longValue();
                } else {
                    n = p.getLongValue();
                }
                if (anchors != null) {
                    checkNotAmbiguousOctal(p.getText(), n, at);
                }
                return new SourceNode.Scalar(n, at);
            }
            case VALUE_NUMBER_FLOAT: {
                double d;
                try {
                    d = p.getDoubleValue();
                } catch (JsonParseException e) {
                    throw unreadableFloat(p, at);
                }
                if (Double.isNaN(d)) {
                    throw Messages.loadError(at, notFinite(p.getText()));
                }
                if (Double.isInfinite(d)) {
                    throw Messages.loadError(at, "has a number too large for a 64-bit float: " + p.getText());
                }
                return new SourceNode.Scalar(d, at);
            }
            case VALUE_TRUE:
                return new SourceNode.Scalar(Boolean.TRUE, at);
            case VALUE_FALSE:
                return new SourceNode.Scalar(Boolean.FALSE, at);
            case VALUE_NULL:
                return new SourceNode.Scalar(null, at);
            default:
                // (Jackson's token name, such as VALUE_EMBEDDED_OBJECT, would tell the user nothing)
                throw Messages.loadError(at, "has a value Stead does not understand");
        }
    }

    /**
     * YAML 1.1 (Jackson's reading) takes an integer with a leading zero as octal, YAML 1.2 and
     * Nix as decimal: {@code ports: [010]} would silently be port 8, {@code mode: 0644} the
     * number 420. Where the two readings differ the number is refused with both; the text is
     * looked at only past its first character's test.
     *
     * @param text the integer as written (YAML: the scalar's text)
     * @param octal its value as Jackson read it
     */
    private static void checkNotAmbiguousOctal(String text, long octal, Location at) {
        // (YAML 1.1 skips '_' in a number: 0_10 is octal too)
        String digits = text.replace("_", "");
        int start = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
        if (digits.length() < start + 2 || digits.charAt(start) != '0' || !Character.isDigit(digits.charAt(start + 1))) {
            return;
        }
        java.math.BigInteger decimal;
        try {
            decimal = new java.math.BigInteger(digits.startsWith("+") ? digits.substring(1) : digits);
        } catch (NumberFormatException e) {
            return; // not plain digits: not this case
        }
        if (!decimal.equals(java.math.BigInteger.valueOf(octal))) {
            throw Messages.loadError(at, "has the number " + text + ", which YAML 1.1 reads as the octal number "
                    + octal + " (YAML 1.2 and Nix read " + decimal + "); write " + octal + " or " + decimal
                    + ", or quote it for a string: \"" + text + "\"");
        }
    }

    /**
     * A string as read, refused if it holds half of a UTF-16 surrogate pair (JSON's and YAML's
     * {@code "\\ud800"}): that is no character, and could be written to no file.
     */
    private static String characters(String text, Location at) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw Messages.loadError(at, String.format(Locale.ROOT, "has a string holding \\u%04x, half of a"
                        + " UTF-16 surrogate pair, which is no character; write the character itself, or both halves"
                        + " of its pair", (int) c));
            }
        }
        return text;
    }

    /**
     * A YAML float Jackson recognised but Java cannot read: YAML's infinities and NaN, which
     * Stead refuses as it refuses 1e400, or the text of a value tagged {@code !!float}.
     */
    private static RuntimeException unreadableFloat(JsonParser p, Location at) throws IOException {
        String text = p.getText();
        if (NOT_FINITE.matcher(text).matches()) {
            return Messages.loadError(at, notFinite(text));
        }
        if (p instanceof AnchorYamlFactory.Parser tagged && "tag:yaml.org,2002:float".equals(tagged.tag())) {
            return Messages.loadError(at, "is tagged !!float, but " + text + " is not a number");
        }
        return Messages.loadError(at, "has the number " + text + ", which Stead cannot read; quote it for a string");
    }

    private static String notFinite(String text) {
        return "has a number that is not finite: " + text + "; Stead's numbers are finite (quote it for a string)";
    }

    /** The fields a merge key brings: those of a mapping, or of each mapping of a list, in order. */
    private static List<SourceNode.Field> mergedFields(SourceNode value, Location keyAt) {
        if (value instanceof SourceNode.Mapping m) {
            return m.fields();
        }
        if (value instanceof SourceNode.Sequence list) {
            List<SourceNode.Field> out = new ArrayList<>();
            for (SourceNode item : list.items()) {
                if (!(item instanceof SourceNode.Mapping m)) {
                    throw Messages.loadError(keyAt, "merges with '<<' a list whose items must all be mappings");
                }
                out.addAll(m.fields());
            }
            return out;
        }
        throw Messages.loadError(keyAt, "merges with '<<' a value that is not a mapping or a list of mappings");
    }

    private static Location location(JsonParser p, String display) {
        // Jackson's JSON parsers track token positions without allocating; its YAML parser does
        // not. For a key they have already moved on to its value: the key's own position is
        // only in its location object. (Their token column counts one past the token's first
        // character, as currentTokenLocation does not: `{"imports": [5]}` put the 5 at column 15.)
        if (p instanceof ParserBase base && !(p instanceof YAMLParser) && p.currentToken() != JsonToken.FIELD_NAME) {
            return new Location(display, base.getTokenLineNr(), base.getTokenColumnNr() - 1);
        }
        return location(p.currentTokenLocation(), display);
    }

    private static Location location(JsonLocation at, String display) {
        return new Location(display, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
    }

    /**
     * The parser's message as one plain sentence: Jackson's first line, or for YAML the
     * problem SnakeYAML found followed by what it was doing, without source excerpts.
     */
    private static String plain(JsonProcessingException e, boolean isJson) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "unreadable";
        }
        // Jackson names the parser features that would accept these; the user needs the rule
        if (isJson && (m.contains("ALLOW_COMMENTS") || m.contains("ALLOW_YAML_COMMENTS"))) {
            return "JSON has no comments (YAML has: '# ...')";
        }
        if (isJson && m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (!isJson && (m.contains("in base64 content") || m.contains("base64-encoded") || m.contains("Base64Variant"))) {
            // a !!binary value: Jackson's words name its Base64Variant classes
            return "a value tagged !!binary is not base64 text (such as aGk=)";
        }
        if (!isJson && m.contains("got this instead: <org.yaml.snakeyaml.events.AliasEvent")) {
            // valid YAML that Jackson's YAML reader does not take, said in its own classes' words
            return "an alias (*name) cannot be a key; write the key itself";
        }
        if (isJson) {
            // what would be allowed by a setting of Jackson's is not JSON, whatever the setting
            m = START_MARKER.matcher(m).replaceAll("(opened at line $1, column $2)");
            m = STARTING_AT.matcher(m).replaceAll(r -> "(for the " + (r.group(1).equals("Array") ? "list" : "object")
                    + " opened at line " + r.group(2) + ", column " + r.group(3) + ")");
            m = m.replaceAll(": enable `[^`]*` to allow", "").replaceAll(" \\(consider enabling `[^`]*`.*\\)$", "");
        }
        List<String> parts = new ArrayList<>();
        for (String line : m.split("\n")) {
            String t = line.strip();
            boolean excerpt = line.startsWith("    ") || t.equals("^") || t.startsWith("in 'reader'")
                    || t.startsWith("at [Source");
            if (!t.isEmpty() && !excerpt) {
                parts.add(t);
            }
        }
        if (parts.isEmpty()) {
            return m.strip();
        }
        if (isJson || parts.size() == 1) {
            return parts.get(0);
        }
        // SnakeYAML: context first ("while parsing a block mapping"), then the problem
        return parts.get(parts.size() - 1) + " (" + parts.get(0) + ")";
    }
}
