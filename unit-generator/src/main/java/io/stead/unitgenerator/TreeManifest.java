package io.stead.unitgenerator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stead.api.tree.EntryKind;
import io.stead.api.tree.SystemTree;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.internal.digest.Sha256;
import java.util.Locale;

/**
 * The manifest of a system tree, {@code stead-manifest.json}: every entry by path with its kind,
 * and for a file its mode and SHA-256, for a link its target, for a drop-in the upstream unit it
 * customises. The same tree gives the same bytes, and the tree's hash is the SHA-256 of them.
 */
public final class TreeManifest {
    /** The manifest's file name at the tree's root. */
    public static final String FILE_NAME = "stead-manifest.json";
    /** The version of the manifest's format. */
    public static final int FORMAT = 1;

    private final String json;

    private TreeManifest(String json) {
        this.json = json;
    }

    /**
     * @param tree a system tree
     * @return its manifest
     */
    public static TreeManifest of(SystemTree tree) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode entries = root.putArray("entries");
        for (TreeEntry entry : tree.entries()) {
            ObjectNode node = entries.addObject();
            node.put("path", entry.path());
            node.put("kind", kindName(entry.kind()));
            if (entry.isLink()) {
                node.put("target", entry.linkTarget());
            } else {
                node.put("mode", String.format("%04o", entry.mode()));
                node.put("sha256", Sha256.hex(entry.content()));
            }
            if (entry.customises() != null) {
                node.put("customises", entry.customises());
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new TreeManifest(mapper.writer(printer).writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
    }

    /**
     * @param kind an entry kind
     * @return its name in the manifest: {@code unit}, {@code drop-in}, {@code link}, {@code mask},
     *     {@code etc-file}, {@code script}
     */
    public static String kindName(EntryKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the manifest's JSON text */
    public String json() {
        return json;
    }

    /** @return the tree's hash: the SHA-256 of the manifest, in hexadecimal */
    public String hash() {
        return Sha256.hex(json);
    }
}
