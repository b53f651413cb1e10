package io.stead.evaluator.internal.load;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import io.stead.evaluator.internal.model.Location;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;

/**
 * Jackson's YAML factory, whose parsers also report the anchor of a single value
 * ({@code port: &ssh 22}): Jackson's own report the anchors of mappings and lists only, so an
 * alias to a single value could not be resolved.
 */
final class AnchorYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                _createReader(in, null, ctxt));
    }

    /** A YAML parser that keeps the anchor, tag and text of the last single value it read. */
    static final class Parser extends YAMLParser {
        private String scalarAnchor;
        private String scalarTag;
        private String scalarText;

        Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
               Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            scalarAnchor = scalar.getAnchor();
            scalarTag = scalar.getTag();
            scalarText = scalar.getValue();
            return super._decodeScalar(scalar);
        }

        /**
         * @param e an error of this parser
         * @return whether it is Jackson's for a key that is a list or a mapping ({@code [a, b]: x})
         */
        boolean isKeyNotAScalar(JsonParseException e) {
            return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Expected a field name")
                    && _lastEvent instanceof CollectionStartEvent;
        }

        /** @return what the last event read starts: "a list" or "a mapping" */
        String lastEventKind() {
            return _lastEvent instanceof SequenceStartEvent ? "a list" : "a mapping";
        }

        /**
         * @param display the file's name in messages
         * @return where the last event read starts (Jackson's locations are those of its ends)
         */
        Location lastEventStart(String display) {
            Mark start = _lastEvent.getStartMark();
            return new Location(display, start.getLine() + 1, start.getColumn() + 1);
        }

        /**
         * @return the tag of the current value as SnakeYAML resolves it ({@code !!str} is
         *     {@code tag:yaml.org,2002:str}, {@code !} stays {@code !}), or null if untagged
         */
        String tag() {
            JsonToken t = currentToken();
            if (t != null && t.isScalarValue()) {
                return scalarTag;
            }
            return _lastTagEvent instanceof CollectionStartEvent start ? start.getTag() : null;
        }

        /** @return the text of the current single value as written, before Jackson reads it */
        String scalarText() {
            return scalarText;
        }

        /** @return the anchor of the current value (a mapping, a list or a single value), or null */
        String anchor() {
            JsonToken t = currentToken();
            return t != null && t.isScalarValue() ? scalarAnchor : getCurrentAnchor();
        }
    }
}
