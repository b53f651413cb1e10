package io.stead.unitgenerator.internal.build;

import io.stead.api.tree.EntryKind;
import io.stead.api.tree.TreeEntry;
import io.stead.unitgenerator.internal.modules.JobScript;
import java.util.ArrayList;
import java.util.List;

/** The executable files of a service's scripts, under {@code etc/stead/scripts/}. */
final class ScriptFiles {
    private ScriptFiles() {
    }

    /**
     * @param service the service
     * @return one executable (mode 0755) per non-empty script
     */
    static List<TreeEntry> of(ServiceParts service) {
        List<TreeEntry> out = new ArrayList<>();
        service.scripts().forEach((script, text) -> out.add(TreeEntry.file(
                script.path(service.attributeName()).substring(1), EntryKind.SCRIPT,
                JobScript.content(text), 0755)));
        return out;
    }
}
